package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the daily loop: the Today page, its goal, list and calendar,
// the moment of recognition, and the quiz questions due again on a lesson,
// in English, with a note for translators.
var (
	msgTodayHeading = &i18n.Message{
		ID:          "TodayHeading",
		Description: "Heading and title of the Today page: what to study today, the daily goal and the streak.",
		Other:       "Today",
	}
	msgTodayDescription = &i18n.Message{
		ID:          "TodayDescription",
		Description: "Description of the Today page, for search engines and link previews.",
		Other:       "What to study today: interview cards and quiz questions that are due, where you stopped reading and the next lesson, with your daily goal, your streak and a calendar of the last twelve weeks.",
	}
	msgTodayTotal = &i18n.Message{
		ID:          "TodayTotal",
		Description: "Today page, under the heading: how long everything on today's list takes. {{.Time}} is a span such as '25 min'.",
		Other:       "About {{.Time}} for everything on today’s list.",
	}
	msgTodayNothing = &i18n.Message{
		ID:          "TodayNothing",
		Description: "Today page, when nothing is due and every lesson is done.",
		Other:       "Nothing is due right now. Cards and questions come back here when it is time to see them again.",
	}
	msgTodayListHeading = &i18n.Message{
		ID:          "TodayListHeading",
		Description: "Today page: heading of the list of what to do today.",
		Other:       "Today’s list",
	}
	msgTodayQuestions = &i18n.Message{
		ID:          "TodayQuestions",
		Description: "Item of today's list, a link: quiz questions the learner answered wrong and should answer again. {{.Count}} is how many; {{.Title}} is the lesson's title.",
		One:         "Answer {{.Count}} missed question again in ‘{{.Title}}’",
		Other:       "Answer {{.Count}} missed questions again in ‘{{.Title}}’",
	}
	msgTodayCards = &i18n.Message{
		ID:          "TodayCards",
		Description: "Item of today's list, a link: interview cards due for practice. {{.Count}} is how many.",
		One:         "Practise {{.Count}} interview card that is due",
		Other:       "Practise {{.Count}} interview cards that are due",
	}
	msgTodayCardsFirst = &i18n.Message{
		ID:          "TodayCardsFirst",
		Description: "Under the interview cards item of today's list: the question of the card that comes first. {{.Question}} is that question.",
		Other:       "First: {{.Question}}",
	}
	msgTodayNext = &i18n.Message{
		ID:          "TodayNext",
		Description: "Item of today's list, a link: the next lesson to read. {{.Title}} is its title.",
		Other:       "Next lesson: {{.Title}}",
	}
	msgTodayTowardPicked = &i18n.Message{
		ID:          "TodayTowardPicked",
		Description: "Under the next lesson in today's list: why this lesson; {{.Role}} is the name of the role the learner chose on the results page.",
		Other:       "Towards the role you chose: {{.Role}}.",
	}
	msgTodayTowardFit = &i18n.Message{
		ID:          "TodayTowardFit",
		Description: "Under the next lesson in today's list: why this lesson; {{.Role}} is the name of the role the self-assessment found closest so far.",
		Other:       "Towards your best fit so far: {{.Role}}.",
	}
	msgTodayAbout = &i18n.Message{
		ID:          "TodayAbout",
		Description: "How long one item of today's list takes; {{.Time}} is a span such as '3 min'.",
		Other:       "about {{.Time}}",
	}
	msgGoalHeading = &i18n.Message{
		ID:          "GoalHeading",
		Description: "Today page: heading of the daily goal, today's progress toward it and the streak.",
		Other:       "Daily goal",
	}
	msgGoalNone = &i18n.Message{
		ID:          "GoalNone",
		Description: "Today page, before the learner has chosen a daily goal.",
		Other:       "Choose a daily goal: a few minutes or a few cards a day is enough to keep going.",
	}
	msgGoalMinutesProgress = &i18n.Message{
		ID:          "GoalMinutesProgress",
		Description: "Today page: progress toward a goal in minutes. {{.Done}} is the minutes studied today, {{.Count}} the goal.",
		One:         "{{.Done}} of {{.Count}} minute today",
		Other:       "{{.Done}} of {{.Count}} minutes today",
	}
	msgGoalCardsProgress = &i18n.Message{
		ID:          "GoalCardsProgress",
		Description: "Today page: progress toward a goal in interview cards. {{.Done}} is the cards practised today, {{.Count}} the goal.",
		One:         "{{.Done}} of {{.Count}} card today",
		Other:       "{{.Done}} of {{.Count}} cards today",
	}
	msgGoalMet = &i18n.Message{
		ID:          "GoalMet",
		Description: "Today page, once today's study has met the daily goal.",
		Other:       "You have met today’s goal.",
	}
	msgStreak = &i18n.Message{
		ID:          "Streak",
		Description: "Today page: how many days in a row met the daily goal. {{.Count}} is the number of days.",
		One:         "{{.Count}}-day streak",
		Other:       "{{.Count}}-day streak",
	}
	msgStreakNone = &i18n.Message{
		ID:          "StreakNone",
		Description: "Today page, when the learner has a goal but no streak yet.",
		Other:       "Meet the goal today to start a streak.",
	}
	msgGoalChange = &i18n.Message{
		ID:          "GoalChange",
		Description: "Today page: the control that opens the choice of another daily goal.",
		Other:       "Change the goal",
	}
	msgGoalLegend = &i18n.Message{
		ID:          "GoalLegend",
		Description: "Today page: label of the choice of daily goal.",
		Other:       "Daily goal",
	}
	msgGoalByTime = &i18n.Message{
		ID:          "GoalByTime",
		Description: "Today page: name of the row of daily goals counted in minutes of study (10, 20 or 30 minutes).",
		Other:       "Time a day",
	}
	msgGoalByCards = &i18n.Message{
		ID:          "GoalByCards",
		Description: "Today page: name of the row of daily goals counted in interview cards reviewed (5, 10 or 20 cards).",
		Other:       "Cards a day",
	}
	msgGoalMinutesOption = &i18n.Message{
		ID:          "GoalMinutesOption",
		Description: "A choice of daily goal, in the row named by GoalByTime: minutes of study a day. {{.Count}} is the number. Short: three share a phone's width.",
		One:         "{{.Count}} min",
		Other:       "{{.Count}} min",
	}
	msgGoalCardsOption = &i18n.Message{
		ID:          "GoalCardsOption",
		Description: "A choice of daily goal: interview cards practised a day. {{.Count}} is the number.",
		One:         "{{.Count}} card",
		Other:       "{{.Count}} cards",
	}
	msgGoalOff = &i18n.Message{
		ID:          "GoalOff",
		Description: "A choice of daily goal: no goal at all.",
		Other:       "No goal",
	}
	msgGoalHow = &i18n.Message{
		ID:          "GoalHow",
		Description: "Today page, under the choice of goal: how study time is counted.",
		Other:       "Study time counts while a lesson or interview practice is on screen and you have used it in the past minute.",
	}
	msgActivityHeading = &i18n.Message{
		ID:          "ActivityHeading",
		Description: "Today page: heading of the calendar of study days. {{.Count}} is the number of weeks it shows.",
		One:         "The last week",
		Other:       "The last {{.Count}} weeks",
	}
	msgActivityDays = &i18n.Message{
		ID:          "ActivityDays",
		Description: "Today page, under the calendar heading: on how many days the learner studied in those weeks. {{.Count}} is the number of days; {{.Time}} the study time in all, such as '3 hr'.",
		One:         "{{.Count}} day of study, {{.Time}} in total.",
		Other:       "{{.Count}} days of study, {{.Time}} in total.",
	}
	msgActivityNone = &i18n.Message{
		ID:          "ActivityNone",
		Description: "Today page, when the learner has not studied in the weeks the calendar shows.",
		Other:       "No study in these weeks yet. Each day you study will appear here.",
	}
	msgActivityLess = &i18n.Message{
		ID:          "ActivityLess",
		Description: "Legend of the study calendar: the lightest colour, little study.",
		Other:       "Less",
	}
	msgActivityMore = &i18n.Message{
		ID:          "ActivityMore",
		Description: "Legend of the study calendar: the darkest colour, much study.",
		Other:       "More",
	}
	msgActivityMetKey = &i18n.Message{
		ID:          "ActivityMetKey",
		Description: "Legend of the study calendar: the mark on days that met the daily goal.",
		Other:       "Goal met",
	}
	msgActivityCaption = &i18n.Message{
		ID:          "ActivityCaption",
		Description: "Caption of the table of study days: days with no study are left out. {{.Count}} is the number of weeks.",
		One:         "Days you studied in the last week",
		Other:       "Days you studied in the last {{.Count}} weeks",
	}
	msgColDate = &i18n.Message{
		ID:          "ColDate",
		Description: "Column of the table of study days: the date.",
		Other:       "Date",
	}
	msgColMinutes = &i18n.Message{
		ID:          "ColMinutes",
		Description: "Column of the table of study days: minutes studied.",
		Other:       "Minutes",
	}
	msgColCards = &i18n.Message{
		ID:          "ColCards",
		Description: "Column of the table of study days: interview cards practised.",
		Other:       "Cards",
	}
	msgColQuestions = &i18n.Message{
		ID:          "ColQuestions",
		Description: "Column of the table of study days: quiz questions answered.",
		Other:       "Quiz questions",
	}
	msgColLessons = &i18n.Message{
		ID:          "ColLessons",
		Description: "Column of the table of study days: lessons finished.",
		Other:       "Lessons",
	}
	msgColGoal = &i18n.Message{
		ID:          "ColGoal",
		Description: "Column of the table of study days: whether the day met the daily goal.",
		Other:       "Goal",
	}
	msgMetYes = &i18n.Message{
		ID:          "MetYes",
		Description: "Cell of the table of study days: the day met the daily goal.",
		Other:       "Met",
	}
	msgMonthShort = &i18n.Message{
		ID:          "MonthShort",
		Description: "A month's short name over the columns of the study calendar. {{.Month}} is its number (1-12); {{.MonthShort}} its English short name.",
		Other:       "{{.MonthShort}}",
	}
	msgCheerLesson = &i18n.Message{
		ID:          "CheerLesson",
		Description: "A short, quiet word of recognition when the learner marks a lesson done.",
		Other:       "Lesson finished. Nicely done.",
	}
	msgCheerGoal = &i18n.Message{
		ID:          "CheerGoal",
		Description: "A short, quiet word of recognition when today's study meets the daily goal. {{.Count}} is the streak in days, today included.",
		One:         "You have met today’s goal.",
		Other:       "You have met today’s goal: a {{.Count}}-day streak.",
	}
	msgCheerMock = &i18n.Message{
		ID:          "CheerMock",
		Description: "A short, quiet word of recognition when the learner finishes a mock interview.",
		Other:       "Mock interview finished. Well done.",
	}
	msgQuizDueNote = &i18n.Message{
		ID:          "QuizDueNote",
		Description: "Note above a lesson's quiz: questions the learner answered wrong before are due to be answered again. {{.Count}} is how many.",
		One:         "{{.Count}} question you missed before is due again: it is marked below, with its answer cleared.",
		Other:       "{{.Count}} questions you missed before are due again: they are marked below, with their answers cleared.",
	}
	msgQuizDueMark = &i18n.Message{
		ID:          "QuizDueMark",
		Description: "Badge on a quiz question that the learner missed before and should answer again.",
		Other:       "Due again",
	}
)
