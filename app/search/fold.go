package search

import "strings"

// Fold writes s as the search compares it: lower case, full-width Latin
// as ASCII, half-width katakana widened and hiragana as katakana. A
// filter that folds both its query and its text matches the way the
// search does.
func Fold(s string) string { return strings.Map(fold, widenKana(s)) }
