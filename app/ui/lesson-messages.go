package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the lessons: the index, a lesson, its quiz, its links and side-by-side reading, in
// English, with a note for translators.
var (
	msgCourseHeading = &i18n.Message{
		ID:          "CourseHeading",
		Description: "Heading above the list of all lessons on the home page.",
		Other:       "The course",
	}
	msgLessonCount = &i18n.Message{
		ID:          "LessonCount",
		Description: "How many lessons the course has; {{.Count}} is the number.",
		One:         "{{.Count}} lesson",
		Other:       "{{.Count}} lessons",
	}
	msgMinutes = &i18n.Message{
		ID:          "ReadingMinutes",
		Description: "Estimated reading time of a lesson; {{.Count}} is the number of minutes.",
		One:         "{{.Count}} min read",
		Other:       "{{.Count}} min read",
	}
	msgKeyPoints = &i18n.Message{
		ID:          "KeyPoints",
		Description: "Heading of the box that lists a lesson's key points.",
		Other:       "Key points",
	}
	msgContents = &i18n.Message{
		ID:          "Contents",
		Description: "Heading of a lesson's table of contents.",
		Other:       "In this lesson",
	}
	msgPrevious = &i18n.Message{
		ID:          "PreviousLesson",
		Description: "Label before the title of the previous lesson, at the bottom of a lesson.",
		Other:       "Previous",
	}
	msgNext = &i18n.Message{
		ID:          "NextLesson",
		Description: "Label before the title of the next lesson, at the bottom of a lesson.",
		Other:       "Next",
	}
	msgLessonNav = &i18n.Message{
		ID:          "LessonNavigation",
		Description: "Accessible label of the previous/next lesson links.",
		Other:       "Lessons",
	}
	msgQuizHeading = &i18n.Message{
		ID:          "QuizHeading",
		Description: "Heading of the short quiz at the end of a lesson.",
		Other:       "Check what you learned",
	}
	msgQuizIntro = &i18n.Message{
		ID:          "QuizIntro",
		Description: "Line under the quiz heading; {{.Count}} is the number of questions.",
		One:         "{{.Count}} question. Choose an answer to see why it is right or wrong.",
		Other:       "{{.Count}} questions. Choose an answer to see why it is right or wrong.",
	}
	msgQuizScore = &i18n.Message{
		ID:          "QuizScore",
		Description: "The learner's quiz score; {{.Correct}} and {{.Total}} are numbers.",
		Other:       "{{.Correct}} of {{.Total}} answered correctly",
	}
	msgQuizCorrect = &i18n.Message{
		ID:          "QuizCorrect",
		Description: "Shown before the explanation when the chosen quiz answer is right.",
		Other:       "Correct.",
	}
	msgQuizIncorrect = &i18n.Message{
		ID:          "QuizIncorrect",
		Description: "Shown before the explanation when the chosen quiz answer is wrong.",
		Other:       "Not quite.",
	}
	msgQuizRetry = &i18n.Message{
		ID:          "QuizRetry",
		Description: "Button that clears the quiz answers so the learner can answer again.",
		Other:       "Clear my answers",
	}
	msgMarkDone = &i18n.Message{
		ID:          "MarkDone",
		Description: "Button at the end of a lesson that records it as finished.",
		Other:       "Mark this lesson as done",
	}
	msgMarkNotDone = &i18n.Message{
		ID:          "MarkNotDone",
		Description: "Button that takes back the 'done' mark of a lesson.",
		Other:       "Mark as not done",
	}
	msgDoneOn = &i18n.Message{
		ID:          "DoneOn",
		Description: "Says when the learner finished the lesson; {{.Date}} is a date written in full.",
		Other:       "You finished this lesson on {{.Date}}.",
	}
	msgDone = &i18n.Message{
		ID:          "Done",
		Description: "Short badge on a finished lesson in the course list.",
		Other:       "Done",
	}
	msgCourseProgress = &i18n.Message{
		ID:          "CourseProgress",
		Description: "How far the learner is through the course; {{.Done}} and {{.Total}} are numbers.",
		Other:       "{{.Done}} of {{.Total}} lessons done",
	}
	msgLessonsDescription = &i18n.Message{
		ID:          "LessonsDescription",
		Description: "Meta description and intro of the lessons index page.",
		Other:       "Every lesson of the course in reading order, with how long each takes and which you have finished.",
	}
	msgSeeGlossary = &i18n.Message{
		ID:          "SeeGlossary",
		Description: "Link under a term's definition in a lesson, to the full glossary.",
		Other:       "Glossary",
	}
	msgTermsInLesson = &i18n.Message{
		ID:          "TermsInLesson",
		Description: "Heading of the list of glossary terms a lesson teaches.",
		Other:       "Terms in this lesson",
	}
	msgRolesInLesson = &i18n.Message{
		ID:          "RolesInLesson",
		Description: "Heading of the list of executive roles a lesson is about.",
		Other:       "Roles in this lesson",
	}
	msgRelatedLessons = &i18n.Message{
		ID:          "RelatedLessons",
		Description: "Heading of the list of other lessons related to this one.",
		Other:       "Related lessons",
	}
	msgContinueReading = &i18n.Message{
		ID:          "ContinueReading",
		Description: "Link at the top of a lesson to the section where the learner stopped reading; {{.Section}} is its heading.",
		Other:       "Continue where you left off: {{.Section}}",
	}
	msgSideBySide = &i18n.Message{
		ID:          "SideBySide",
		Description: "Label before the links that open the lesson in two languages side by side.",
		Other:       "Read side by side with:",
	}
	msgOneLanguage = &i18n.Message{
		ID:          "OneLanguage",
		Description: "Link that leaves side-by-side reading and shows the lesson in one language again.",
		Other:       "Back to one language",
	}
	msgCloseTip = &i18n.Message{
		ID:          "CloseTip",
		Description: "Accessible name of the button that closes a glossary term's definition in a lesson.",
		Other:       "Close",
	}
	msgTextLoading = &i18n.Message{
		ID:          "TextLoading",
		Description: "Shown in place of a lesson's text while its language's text file is still being fetched (a moment, after switching language).",
		Other:       "Loading the lesson…",
	}
	msgTextUnavailable = &i18n.Message{
		ID:          "TextUnavailable",
		Description: "Shown in place of a lesson's text when its language's text file could not be fetched.",
		Other:       "This lesson’s text could not be loaded. Check your connection, then reload the page.",
	}
	msgQuizWrongExplained = &i18n.Message{
		ID:          "QuizWrongExplained",
		Description: "Feedback on a wrong quiz answer, after the verdict: {{.Why}} explains the chosen option, {{.Answer}} is the right option, {{.RightWhy}} explains it.",
		Other:       "{{.Why}} The right answer is ‘{{.Answer}}’: {{.RightWhy}}",
	}
)
