package ui

import (
	"github.com/cxopath/cxopath/content"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Messages of the Sources page, and of the figures that link to it from the
// lessons.
var (
	msgSources = &i18n.Message{
		ID:          "Sources",
		Description: "Title of the page that lists where every figure and date in the lessons comes from; also its link in the footer.",
		Other:       "Sources",
	}
	msgSourcesDescription = &i18n.Message{
		ID:          "SourcesDescription",
		Description: "Lead paragraph and page description of the Sources page.",
		Other:       "Where each figure and date in the lessons comes from, lesson by lesson: who published it, when, what it measures and how not to read it.",
	}
	msgSourcesUnlisted = &i18n.Message{
		ID:          "SourcesUnlisted",
		Description: "Note at the end of the Sources page: lessons that quote no figure have no group on it.",
		Other:       "Lessons not listed here quote no figures.",
	}
	msgSourcesLoading = &i18n.Message{
		ID:          "SourcesLoading",
		Description: "Shown on the Sources page while the words of the sources, which come with the language's lesson text, are still being fetched.",
		Other:       "Loading the list of sources…",
	}
	msgSourcesUnavailable = &i18n.Message{
		ID:          "SourcesUnavailable",
		Description: "Shown on the Sources page when the language's text file, which holds the words of the sources, could not be fetched.",
		Other:       "The list of sources could not be loaded. Check your connection, then reload the page.",
	}
	msgSourcePublisher = &i18n.Message{
		ID:          "SourcePublisher",
		Description: "Label on a Sources page entry: who published the figures.",
		Other:       "Publisher",
	}
	msgSourceDate = &i18n.Message{
		ID:          "SourceDate",
		Description: "Label on a Sources page entry: the day or year the figures describe.",
		Other:       "Date",
	}
	msgSourcePeriod = &i18n.Message{
		ID:          "SourcePeriod",
		Description: "Label on a Sources page entry: the years a projection covers.",
		Other:       "Period covered",
	}
	msgSourcePublished = &i18n.Message{
		ID:          "SourcePublished",
		Description: "Label on a Sources page entry: the day the publication came out.",
		Other:       "Published",
	}
	msgSourceKind = &i18n.Message{
		ID:          "SourceKind",
		Description: "Label on a Sources page entry: what kind of publication it is (a pay survey, a government announcement…).",
		Other:       "Kind",
	}
	msgSourceFigures = &i18n.Message{
		ID:          "SourceFigures",
		Description: "Label on a Sources page entry: the figures of the lesson above that the entry backs.",
		Other:       "Figures in this lesson",
	}
	msgSourceMeans = &i18n.Message{
		ID:          "SourceMeans",
		Description: "Label on a Sources page entry: what the figures measure.",
		Other:       "What it means",
	}
	msgSourceNotMeans = &i18n.Message{
		ID:          "SourceNotMeans",
		Description: "Label on a Sources page entry: how the figures must not be read.",
		Other:       "What it does not mean",
	}
	msgSourceConflict = &i18n.Message{
		ID:          "SourceConflict",
		Description: "Heading of a warning on a Sources page entry: the figure as quoted differs from the publisher's own.",
		Other:       "Where the figures disagree",
	}
	msgSourceUndated = &i18n.Message{
		ID:          "SourceUndated",
		Description: "On a Sources page entry, in place of a date: the publication gives none.",
		Other:       "Not dated",
	}
	msgSourceCitation = &i18n.Message{
		ID:          "SourceCitation",
		Description: "A source named briefly, as a figure's link reads it out and a quiz lists it: {{.Publisher}} then {{.When}}, a date, year or period. Keep the Latin comma where the language uses one.",
		Other:       "{{.Publisher}}, {{.When}}",
	}
	msgFigureSource = &i18n.Message{
		ID:          "FigureSource",
		Description: "Read out by screen readers after a figure in a lesson, which links to its source: {{.Source}} names the source briefly (Salary.com, 26 April 2022).",
		Other:       "(source: {{.Source}})",
	}
	msgQuizSources = &i18n.Message{
		ID:          "QuizSources",
		Description: "Under an answered quiz question whose text has figures: the links to their sources follow.",
		Other:       "Sources of the figures:",
	}
	msgKindPaySurvey = &i18n.Message{
		ID:          "SourceKindPaySurvey",
		Description: "Kind of source: a survey of salaries.",
		Other:       "Pay survey",
	}
	msgKindProjection = &i18n.Message{
		ID:          "SourceKindProjection",
		Description: "Kind of source: a government projection of employment.",
		Other:       "Employment projection",
	}
	msgKindAnnouncement = &i18n.Message{
		ID:          "SourceKindAnnouncement",
		Description: "Kind of source: an official announcement by a government.",
		Other:       "Government announcement",
	}
	msgKindExplainer = &i18n.Message{
		ID:          "SourceKindExplainer",
		Description: "Kind of source: an explainer article on a website (Investopedia).",
		Other:       "Explainer article",
	}
	msgKindCareerGuide = &i18n.Message{
		ID:          "SourceKindCareerGuide",
		Description: "Kind of source: a career guide on a careers website.",
		Other:       "Career guide",
	}
	msgKindGovernmentReport = &i18n.Message{
		ID:          "SourceKindGovernmentReport",
		Description: "Kind of source: a report by a government ministry.",
		Other:       "Government report",
	}
)

// sourceKindNames names each kind of source.
var sourceKindNames = map[content.SourceKind]*i18n.Message{
	content.PaySurvey:        msgKindPaySurvey,
	content.Projection:       msgKindProjection,
	content.Announcement:     msgKindAnnouncement,
	content.Explainer:        msgKindExplainer,
	content.CareerGuide:      msgKindCareerGuide,
	content.GovernmentReport: msgKindGovernmentReport,
}
