package content

// Interview is the interview practice deck: topics and questions in display
// order, and the words per language.
type Interview struct {
	Topics    []string
	Questions []InterviewQuestion
	Text      map[string]*InterviewText `text:"by-language"`
}

// InterviewQuestion is the language-neutral part of an interview card.
type InterviewQuestion struct {
	ID      string
	Role    string   // the role interviewed for: a role id
	Topic   string   // one of Interview.Topics
	Points  int      // how many answer points every language gives
	Lessons []string // lessons that prepare the answer
}

// InterviewText is the deck in one language.
type InterviewText struct {
	Topics    map[string]string       `toml:"topics"`
	Questions map[string]QuestionText `toml:"questions"`
}

// QuestionText is an interview card in one language.
type QuestionText struct {
	Question string   `toml:"question"`
	Points   []string `toml:"points"` // what a strong answer covers
}
