package locale

import (
	"strings"
	"unicode"
)

// ParticleFuncs give go-i18n's templates the particle function that
// messages use as {{particle .Role "과/와"}}, for tools that render them with
// go-i18n itself.
var ParticleFuncs = map[string]any{
	"particle": func(word, pair string) string { return word + Particle(word, pair) },
}

// Particle returns the form of a Korean particle that follows word. pair is
// written as grammars write it, the form after a final consonant first:
// "을/를", "이/가", "은/는", "과/와", "으로/로". Korean chooses by how the word
// ends when read aloud, so a word in Latin letters or digits is read as
// Koreans read it: an acronym letter by letter (CIO is 씨아이오, a vowel;
// XML ends in 엘, a consonant), a word by its last letter (Lead is 리드, a
// vowel; Team is 팀, a consonant), a digit by its name (3 is 삼).
func Particle(word, pair string) string {
	consonant, vowel, ok := strings.Cut(pair, "/")
	if !ok {
		return pair
	}
	switch final(word) {
	case noFinal:
		return vowel
	case rieul:
		if consonant == "으로" {
			return vowel // 로 follows ㄹ as it follows a vowel: 서울로
		}
	}
	return consonant
}

type ending int

const (
	noFinal ending = iota
	otherFinal
	rieul
)

// Korean readings: which letter names and digit names end in a consonant,
// and in ㄹ.
const (
	lettersWithFinal = "LMNR" // 엘 엠 엔 알
	lettersRieul     = "LR"
	digitsWithFinal  = "013678" // 영 일 삼 육 칠 팔
	digitsRieul      = "178"    // 일 칠 팔
)

// final tells how word ends when read aloud in Korean.
func final(word string) ending {
	runes := []rune(strings.TrimRightFunc(word, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r))
	}))
	if len(runes) == 0 {
		return noFinal
	}
	last := runes[len(runes)-1]
	switch {
	case last >= 0xAC00 && last <= 0xD7A3:
		switch (last - 0xAC00) % 28 {
		case 0:
			return noFinal
		case 8:
			return rieul
		}
		return otherFinal
	case last >= '0' && last <= '9':
		return choose(strings.ContainsRune(digitsWithFinal, last), strings.ContainsRune(digitsRieul, last))
	case last >= 'A' && last <= 'Z' && (len(runes) == 1 || unicode.IsUpper(runes[len(runes)-2]) || unicode.IsDigit(runes[len(runes)-2])):
		return choose(strings.ContainsRune(lettersWithFinal, last), strings.ContainsRune(lettersRieul, last))
	case last < unicode.MaxASCII:
		// An English word read in Korean ends in a consonant after l, m
		// and n (팀, 앱은 -p: 앱 too, but most -p, -t, -k, -d words end in
		// 프, 트, 크, 드: a vowel).
		l := unicode.ToLower(last)
		return choose(strings.ContainsRune("lmn", l), l == 'l')
	}
	return noFinal
}

func choose(hasFinal, isRieul bool) ending {
	switch {
	case isRieul:
		return rieul
	case hasFinal:
		return otherFinal
	}
	return noFinal
}
