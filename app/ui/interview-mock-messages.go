package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the mock interview: choosing it, the questions, checking each
// answer, the summary and the history, in English, with a note for
// translators.
var (
	msgMockLatest = &i18n.Message{
		ID:          "MockLatest",
		Description: "Tag on the newest row of the mock interview history table.",
		Other:       "Latest",
	}
	msgMock = &i18n.Message{
		ID:          "Mock",
		Description: "Title of the mock interview page, and the link to it from the interview deck.",
		Other:       "Mock interview",
	}
	msgMockDescription = &i18n.Message{
		ID:          "MockDescription",
		Description: "Lead paragraph and meta description of the mock interview page.",
		Other:       "Rehearse for a real interview: a few questions one after another, each answered against the clock, then checked against the points a strong answer covers. The points you covered decide when each card comes back.",
	}
	msgMockLink = &i18n.Message{
		ID:          "MockLink",
		Description: "Link from the interview deck to the mock interview, beside the button that starts practising.",
		Other:       "Take a mock interview",
	}
	msgMockChoose = &i18n.Message{
		ID:          "MockChoose",
		Description: "Heading of the choices before a mock interview starts: role, topic and number of questions.",
		Other:       "Choose your interview",
	}
	msgMockSize = &i18n.Message{
		ID:          "MockSize",
		Description: "Legend of the choice of how many questions a mock interview asks.",
		Other:       "Number of questions",
	}
	msgMockSizeOption = &i18n.Message{
		ID:          "MockSizeOption",
		Description: "One choice of how many questions a mock interview asks; {{.Count}} is 3, 5 or 10.",
		One:         "{{.Count}} question",
		Other:       "{{.Count}} questions",
	}
	msgMockMatching = &i18n.Message{
		ID:          "MockMatching",
		Description: "How many questions match the role and topic chosen; {{.Count}} is how many.",
		One:         "{{.Count}} question matches these choices.",
		Other:       "{{.Count}} questions match these choices.",
	}
	msgMockFewer = &i18n.Message{
		ID:          "MockFewer",
		Description: "Instead of the count of matching questions, when fewer match than the learner asked for; {{.Count}} is how many match.",
		One:         "Only {{.Count}} question matches these choices, so the interview asks just that one.",
		Other:       "Only {{.Count}} questions match these choices, so the interview asks all of them.",
	}
	msgMockPrefer = &i18n.Message{
		ID:          "MockPrefer",
		Description: "How the questions are chosen, under the choices.",
		Other:       "Questions due for review and questions you have never seen come first.",
	}
	msgMockStart = &i18n.Message{
		ID:          "MockStart",
		Description: "Button that starts a mock interview.",
		Other:       "Start the interview",
	}
	msgMockProgress = &i18n.Message{
		ID:          "MockProgress",
		Description: "Above each question of a mock interview; {{.Number}} is its position, {{.Count}} how many there are.",
		Other:       "Question {{.Number}} of {{.Count}}",
	}
	msgMockDraftHelp = &i18n.Message{
		ID:          "MockDraftHelp",
		Description: "Help under the label of the draft answer in a mock interview.",
		Other:       "Answer aloud, or write the points you would make. This is the card’s draft, the same one you see in practice, and it is saved on this device.",
	}
	msgMockAnswered = &i18n.Message{
		ID:          "MockAnswered",
		Description: "Button the learner presses once they have answered a question of a mock interview: it stops the timer and shows the answer points.",
		Other:       "Done: show the points",
	}
	msgMockCheck = &i18n.Message{
		ID:          "MockCheck",
		Description: "Heading over the answer points once the learner has answered a question of a mock interview.",
		Other:       "Check your answer",
	}
	msgMockTook = &i18n.Message{
		ID:          "MockTook",
		Description: "How long the learner took to answer; {{.Time}} is minutes and seconds, as 1:05.",
		Other:       "You answered in {{.Time}}.",
	}
	msgMockCovered = &i18n.Message{
		ID:          "MockCovered",
		Description: "Legend of the answer points the learner ticks after answering.",
		Other:       "Tick each point your answer covered",
	}
	msgMockNext = &i18n.Message{
		ID:          "MockNext",
		Description: "Button that goes on to the next question of a mock interview.",
		Other:       "Next question",
	}
	msgMockFinish = &i18n.Message{
		ID:          "MockFinish",
		Description: "Button after the last question of a mock interview: it ends the interview and shows the summary.",
		Other:       "Finish and see how it went",
	}
	msgMockQuit = &i18n.Message{
		ID:          "MockQuit",
		Description: "Button that ends a mock interview before its last question.",
		Other:       "End this interview",
	}
	msgMockQuitQuestion = &i18n.Message{
		ID:          "MockQuitQuestion",
		Description: "Asked before a mock interview is ended early.",
		Other:       "End the interview now? It will not be saved to your history, and no cards will be rescheduled. Your drafts are kept.",
	}
	msgMockQuitYes = &i18n.Message{
		ID:          "MockQuitYes",
		Description: "Button that confirms ending a mock interview early.",
		Other:       "End it",
	}
	msgMockSummary = &i18n.Message{
		ID:          "MockSummary",
		Description: "Heading of the summary at the end of a mock interview.",
		Other:       "How it went",
	}
	msgMockScore = &i18n.Message{
		ID:          "MockScore",
		Description: "The summary's first sentence; {{.Covered}} and {{.Points}} are numbers of answer points, {{.Percent}} the share, {{.Time}} the time spent answering, as 4:05.",
		Other:       "You covered {{.Covered}} of {{.Points}} answer points ({{.Percent}}) in {{.Time}}.",
	}
	msgMockAnswerScore = &i18n.Message{
		ID:          "MockAnswerScore",
		Description: "Under a question in the summary: the answer points covered; {{.Covered}} and {{.Points}} are numbers.",
		Other:       "{{.Covered}} of {{.Points}} points",
	}
	msgMockAnswerTime = &i18n.Message{
		ID:          "MockAnswerTime",
		Description: "Under a question in the summary: how long the answer took; {{.Time}} is minutes and seconds, as 1:05.",
		Other:       "Answered in {{.Time}}",
	}
	msgMockMissed = &i18n.Message{
		ID:          "MockMissed",
		Description: "In the summary, before the answer points a question's answer did not cover.",
		Other:       "Not covered:",
	}
	msgMockWeakest = &i18n.Message{
		ID:          "MockWeakest",
		Description: "The summary's weakest topic; {{.Topic}} is its name, {{.Percent}} the share of its answer points covered.",
		Other:       "Your weakest topic was {{.Topic}}: you covered {{.Percent}} of its points.",
	}
	msgMockBuild = &i18n.Message{
		ID:          "MockBuild",
		Description: "Before the list of lessons that build the weakest topic.",
		Other:       "These lessons cover it:",
	}
	msgMockAllCovered = &i18n.Message{
		ID:          "MockAllCovered",
		Description: "In the summary, when every answer covered every point.",
		Other:       "You covered every point of every answer.",
	}
	msgMockAgain = &i18n.Message{
		ID:          "MockAgain",
		Description: "Button under the summary that goes back to choosing another mock interview.",
		Other:       "Another mock interview",
	}
	msgMockHistory = &i18n.Message{
		ID:          "MockHistory",
		Description: "Heading of the list of finished mock interviews.",
		Other:       "Your mock interviews",
	}
	msgMockHistoryEmpty = &i18n.Message{
		ID:          "MockHistoryEmpty",
		Description: "Instead of the list of finished mock interviews, when there is none yet.",
		Other:       "The interviews you finish are listed here, the latest first. They stay on this device.",
	}
	msgMockDate = &i18n.Message{
		ID:          "MockDate",
		Description: "Column heading of the list of mock interviews: the date.",
		Other:       "Date",
	}
	msgMockRole = &i18n.Message{
		ID:          "MockRole",
		Description: "Column heading of the list of mock interviews: the role and topic drilled.",
		Other:       "Role and topic",
	}
	msgMockPoints = &i18n.Message{
		ID:          "MockPoints",
		Description: "Column heading of the list of mock interviews: the answer points covered.",
		Other:       "Points covered",
	}
	msgMockRowScore = &i18n.Message{
		ID:          "MockRowScore",
		Description: "A mock interview's score in the list; {{.Covered}} and {{.Points}} are numbers of answer points, {{.Percent}} the share.",
		Other:       "{{.Covered}} of {{.Points}} ({{.Percent}})",
	}
	msgMockRowQuestions = &i18n.Message{
		ID:          "MockRowQuestions",
		Description: "In the list of mock interviews, after the role: how many questions it asked.",
		One:         "{{.Count}} question",
		Other:       "{{.Count}} questions",
	}
	msgLeftOutMocks = &i18n.Message{
		ID:          "LeftOutMocks",
		Description: "What checking an import file left out or corrected: mock interviews with a date that cannot be right, no answers, or answer points their card does not have. {{.Count}} is how many.",
		One:         "{{.Count}} mock interview has a date that cannot be right, no answers, or points its cards do not have: it is left out or corrected.",
		Other:       "{{.Count}} mock interviews have dates that cannot be right, no answers, or points their cards do not have: they are left out or corrected.",
	}
)
