package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the self-assessment over time: the snapshots kept each day
// the learner views the results, and their comparison on the results page.
var (
	msgSnapshotsHeading = &i18n.Message{
		ID:          "SnapshotsHeading",
		Description: "Heading of the results section that compares the ratings of two days.",
		Other:       "Over time",
	}
	msgSnapshotsLead = &i18n.Message{
		ID:          "SnapshotsLead",
		Description: "Under the heading of the comparison over time; {{.Count}} is how many days' ratings are kept (always 2 or more).",
		One:         "Your ratings are saved for each day you view these results: {{.Count}} day so far. Pick any two days to compare them on the chart and in the table.",
		Other:       "Your ratings are saved for each day you view these results: {{.Count}} days so far. Pick any two days to compare them on the chart and in the table.",
	}
	msgSnapshotsOnlyOne = &i18n.Message{
		ID:          "SnapshotsOnlyOne",
		Description: "In the comparison over time, while the ratings of only one day are kept.",
		Other:       "Your ratings are saved once a day when you view these results. When they change on a later day, you can compare the two days here.",
	}
	msgSnapshotFrom = &i18n.Message{
		ID:          "SnapshotFrom",
		Description: "Label of the list that picks the earlier day of the comparison (drawn as the grey outline).",
		Other:       "From",
	}
	msgSnapshotTo = &i18n.Message{
		ID:          "SnapshotTo",
		Description: "Label of the list that picks the later day of the comparison (drawn as the filled shape).",
		Other:       "To",
	}
	msgSnapshotOption = &i18n.Message{
		ID:          "SnapshotOption",
		Description: "One day in the lists of the comparison: {{.Date}} is the date in full, {{.Score}} the overall score that day as a percentage.",
		Other:       "{{.Date}} · {{.Score}} overall",
	}
	msgSnapshotCaption = &i18n.Message{
		ID:          "SnapshotCaption",
		Description: "Caption of the area scores table (read by screen readers) when it compares two days: {{.To}} is the date the scores are from, {{.From}} the earlier date.",
		Other:       "Where you stand on {{.To}}, and the change in each area since {{.From}}",
	}
	msgSnapshotChangeColumn = &i18n.Message{
		ID:          "SnapshotChangeColumn",
		Description: "Column heading of the area scores table when it compares two days: how much the area's score went up or down.",
		Other:       "Change",
	}
	msgSnapshotChange = &i18n.Message{
		ID:          "SnapshotChange",
		Description: "The change column of the area scores table: how many percentage points an area's score rose or fell between the two days. {{.Sign}} is + or −; {{.Count}} the number of points.",
		One:         "{{.Sign}}{{.Count}} pt",
		Other:       "{{.Sign}}{{.Count}} pts",
	}
	msgSnapshotNoChange = &i18n.Message{
		ID:          "SnapshotNoChange",
		Description: "Read by screen readers in place of the dash in the change column: the area's score is the same on both days.",
		Other:       "No change",
	}
	msgSnapshotNotCompared = &i18n.Message{
		ID:          "SnapshotNotCompared",
		Description: "Read by screen readers in place of the dash in the change column: the area has no rated statement on one of the two days.",
		Other:       "Nothing to compare: not rated on one or both of the days",
	}
	msgLeftOutSnapshots = &i18n.Message{
		ID:          "LeftOutSnapshots",
		Description: "What checking an import file left out: days of kept self-assessment ratings that are undated, dated in the future, dated twice or empty. {{.Count}} is how many.",
		One:         "{{.Count}} day of saved self-assessment ratings is left out: it is undated, in the future, duplicated or empty.",
		Other:       "{{.Count}} days of saved self-assessment ratings are left out: each is undated, in the future, duplicated or empty.",
	}
)
