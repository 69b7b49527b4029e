package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// msgWeekdaysShort names the days of the week on the calendar's rows.
var msgWeekdaysShort = &i18n.Message{
	ID:          "WeekdaysShort",
	Description: "The seven days of the week, shortest usual form, Sunday first, separated by single spaces (the calendar of study days names Monday, Wednesday and Friday on its rows).",
	Other:       "Sun Mon Tue Wed Thu Fri Sat",
}
