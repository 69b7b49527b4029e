package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the continue card that opens the home page, in English,
// with a note for translators.
var (
	msgContinueFirst = &i18n.Message{
		ID:          "ContinueCardFirst",
		Description: "Small label above the title of the first lesson on the home page's continue card, before the learner has begun. Short.",
		Other:       "Start here",
	}
	msgContinueNext = &i18n.Message{
		ID:          "ContinueCardNext",
		Description: "Small label above the title of the next lesson to read on the home page's continue card. Short.",
		Other:       "Next lesson",
	}
	msgContinueWhereStopped = &i18n.Message{
		ID:          "ContinueCardWhereStopped",
		Description: "Small label above the title of a lesson the learner stopped reading half-way, on the home page's continue card. Short.",
		Other:       "Pick up where you stopped",
	}
	msgContinueCardAction = &i18n.Message{
		ID:          "ContinueCardAction",
		Description: "Button on the home page's continue card that opens the next lesson, or the half-read one at the section where reading stopped.",
		Other:       "Continue reading",
	}
	msgContinueAllDone = &i18n.Message{
		ID:          "ContinueCardAllDone",
		Description: "The home page's continue card once every lesson is marked done.",
		Other:       "You have finished every lesson. Go back to any of them whenever you like.",
	}
	msgContinueNoGoal = &i18n.Message{
		ID:          "ContinueCardNoGoal",
		Description: "On the home page's continue card: the learner has not chosen a daily study goal yet. Short.",
		Other:       "No daily goal yet",
	}
	msgContinueChooseGoal = &i18n.Message{
		ID:          "ContinueCardChooseGoal",
		Description: "Link on the home page's continue card to the Today page, where the learner chooses a daily goal. Short.",
		Other:       "Choose a goal",
	}
	msgContinueNoStreak = &i18n.Message{
		ID:          "ContinueCardNoStreak",
		Description: "On the home page's continue card, beside today's progress: no streak of days that met the goal yet. Short.",
		Other:       "No streak yet",
	}
)
