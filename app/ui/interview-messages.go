package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of interview practice: the deck and the cards, in English, with a note for translators.
var (
	msgInterview = &i18n.Message{
		ID:          "Interview",
		Description: "Title of the interview deck page.",
		Other:       "Interview practice",
	}
	msgInterviewDescription = &i18n.Message{
		ID:          "InterviewDescription",
		Description: "Lead paragraph and meta description of interview practice.",
		Other:       "Drill the questions CTO and CIO candidates are asked: draft your answer, compare it with the points a strong answer covers, and let spaced repetition bring each card back when you are about to forget it.",
	}
	msgInterviewHow = &i18n.Message{
		ID:          "InterviewHow",
		Description: "How the scheduling works, under the start button.",
		Other:       "Cards are scheduled with FSRS, a spaced-repetition method: the better you recall a card, the longer until it comes back. Your drafts and schedules stay on this device.",
	}
	msgRoleFilter = &i18n.Message{
		ID:          "RoleFilter",
		Description: "Label of the filter by role on the interview deck.",
		Other:       "Role",
	}
	msgTopicFilter = &i18n.Message{
		ID:          "TopicFilter",
		Description: "Label of the filter by topic on the interview deck.",
		Other:       "Topic",
	}
	msgAllRoles = &i18n.Message{
		ID:          "AllRoles",
		Description: "Filter choice: questions for every role.",
		Other:       "All roles",
	}
	msgAllTopics = &i18n.Message{
		ID:          "AllTopics",
		Description: "Filter choice: questions on every topic.",
		Other:       "All topics",
	}
	msgDeckDue = &i18n.Message{
		ID:          "DeckDue",
		Description: "Label of the count of cards due for review now.",
		Other:       "Due now",
	}
	msgDeckNew = &i18n.Message{
		ID:          "DeckNew",
		Description: "Label of the count of cards never studied.",
		Other:       "New",
	}
	msgDeckLearned = &i18n.Message{
		ID:          "DeckLearned",
		Description: "Label of the count of cards studied and not due yet.",
		Other:       "Learned",
	}
	msgStartPractice = &i18n.Message{
		ID:          "StartPractice",
		Description: "Button that starts practising the filtered deck.",
		Other:       "Start practising",
	}
	msgDeckDone = &i18n.Message{
		ID:          "DeckDone",
		Description: "When no card is due or new; {{.When}} is a span such as '3 days'.",
		Other:       "Nothing is due now. The next card comes back in {{.When}}.",
	}
	msgDeckEmpty = &i18n.Message{
		ID:          "DeckEmpty",
		Description: "When no card matches the filters.",
		Other:       "No card matches these filters.",
	}
	msgDeckCards = &i18n.Message{
		ID:          "DeckCards",
		Description: "Heading of the list of cards; {{.Count}} is how many.",
		One:         "{{.Count}} card",
		Other:       "{{.Count}} cards",
	}
	msgCardNew = &i18n.Message{
		ID:          "CardNew",
		Description: "Status of a card never studied.",
		Other:       "New",
	}
	msgCardDue = &i18n.Message{
		ID:          "CardDue",
		Description: "Status of a card due now.",
		Other:       "Due now",
	}
	msgCardDueIn = &i18n.Message{
		ID:          "CardDueIn",
		Description: "Status of a card due later; {{.When}} is a span such as '3 days'.",
		Other:       "Back in {{.When}}",
	}
	msgResetSchedules = &i18n.Message{
		ID:          "ResetSchedules",
		Description: "Button that forgets every card's schedule (asks first).",
		Other:       "Start the schedule over",
	}
	msgConfirmResetSchedules = &i18n.Message{
		ID:          "ConfirmResetSchedules",
		Description: "Question before forgetting the schedules; {{.Count}} is how many cards have one.",
		One:         "Forget the schedule of {{.Count}} card? Your drafts are kept.",
		Other:       "Forget the schedules of {{.Count}} cards? Your drafts are kept.",
	}
	msgResetSchedulesYes = &i18n.Message{
		ID:          "ResetSchedulesYes",
		Description: "Button that confirms forgetting the schedules.",
		Other:       "Yes, start over",
	}
	msgUnknownFilter = &i18n.Message{
		ID:          "UnknownFilter",
		Description: "When the address names a role or topic the deck does not have.",
		Other:       "This address asks for a role or topic the deck does not have, so that part of the filter is left out.",
	}
	msgUnknownCard = &i18n.Message{
		ID:          "UnknownCard",
		Description: "When the address names a card that is not in the deck.",
		Other:       "The card this address asks for is not in this deck. Here is the next one instead.",
	}
	msgPractice = &i18n.Message{
		ID:          "Practice",
		Description: "Title of the page that shows one interview card.",
		Other:       "Practice",
	}
	msgBackToDeck = &i18n.Message{
		ID:          "BackToDeck",
		Description: "Link from a card back to the deck.",
		Other:       "← All cards",
	}
	msgYourDraft = &i18n.Message{
		ID:          "YourDraft",
		Description: "Label of the box for the learner's draft answer.",
		Other:       "Your draft answer",
	}
	msgDraftPlaceholder = &i18n.Message{
		ID:          "DraftPlaceholder",
		Description: "Placeholder of an empty interview draft: a three-line outline of a strong answer, one line each.",
		Other:       "1. The point I lead with\n2. An example from my own work\n3. What it changed",
	}
	msgDraftHelp = &i18n.Message{
		ID:          "DraftHelp",
		Description: "Help under the draft label.",
		Other:       "Jot down the points you would make, then show the answer points to compare. Your draft is saved on this device as you type.",
	}
	msgReveal = &i18n.Message{
		ID:          "Reveal",
		Description: "Button that shows the answer points; the Space key does the same.",
		Other:       "Show the answer points",
	}
	msgSpaceKey = &i18n.Message{
		ID:          "SpaceKey",
		Description: "The name of the space bar key, shown as a keyboard hint.",
		Other:       "Space",
	}
	msgAnswerPoints = &i18n.Message{
		ID:          "AnswerPoints",
		Description: "Heading of the answer points.",
		Other:       "What a strong answer covers",
	}
	msgPrepareWith = &i18n.Message{
		ID:          "PrepareWith",
		Description: "Before the lessons that prepare an answer.",
		Other:       "Prepare with:",
	}
	msgHowWell = &i18n.Message{
		ID:          "HowWell",
		Description: "Question above the four recall ratings.",
		Other:       "How well did your answer cover these points?",
	}
	msgAgain = &i18n.Message{
		ID:          "RecallAgain",
		Description: "Recall rating 1: the learner missed the points; the card comes back soon.",
		Other:       "Again",
	}
	msgHard = &i18n.Message{
		ID:          "RecallHard",
		Description: "Recall rating 2: recalled with difficulty.",
		Other:       "Hard",
	}
	msgGood = &i18n.Message{
		ID:          "RecallGood",
		Description: "Recall rating 3: recalled well.",
		Other:       "Good",
	}
	msgEasy = &i18n.Message{
		ID:          "RecallEasy",
		Description: "Recall rating 4: recalled at once, easily.",
		Other:       "Easy",
	}
	msgKeysHint = &i18n.Message{
		ID:          "KeysHint",
		Description: "Keyboard hint under a card.",
		Other:       "Keyboard: Space shows the points, 1 to 4 rate your recall. Keys typed in your draft never count.",
	}
	msgTimer = &i18n.Message{
		ID:          "Timer",
		Description: "Label of the answer stopwatch.",
		Other:       "Answer timer",
	}
	msgTimerStart = &i18n.Message{
		ID:          "TimerStart",
		Description: "Button that starts the answer stopwatch.",
		Other:       "Start",
	}
	msgTimerStop = &i18n.Message{
		ID:          "TimerStop",
		Description: "Button that pauses the answer stopwatch.",
		Other:       "Pause",
	}
	msgTimerReset = &i18n.Message{
		ID:          "TimerReset",
		Description: "Button that sets the stopwatch back to zero.",
		Other:       "Reset",
	}
	msgTimerUp = &i18n.Message{
		ID:          "TimerUp",
		Description: "Said once the answer has run two minutes.",
		Other:       "Two minutes: time to wrap up your answer.",
	}
)
