package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the self-assessment and its results, in English, with a note for translators.
var (
	msgAssessment = &i18n.Message{
		ID:          "Assessment",
		Description: "Title of the self-assessment checklist page.",
		Other:       "Self-assessment",
	}
	msgAssessmentDescription = &i18n.Message{
		ID:          "AssessmentDescription",
		Description: "Lead paragraph and meta description of the self-assessment page.",
		Other:       "Rate yourself on thirty abilities that technology leaders rely on, and see where you stand, which role fits you best and what to study next.",
	}
	msgAssessmentHow = &i18n.Message{
		ID:          "AssessmentHow",
		Description: "How to fill in the checklist, under the lead paragraph.",
		Other:       "Rate each statement honestly. Every rating is saved on this device as you go, and never leaves it unless you share a link.",
	}
	msgRatingNotYet = &i18n.Message{
		ID:          "RatingNotYet",
		Description: "Rating scale, lowest point: the learner cannot do this yet.",
		Other:       "Not yet",
	}
	msgRatingLearning = &i18n.Message{
		ID:          "RatingLearning",
		Description: "Rating scale, second point: the learner is learning this.",
		Other:       "Learning",
	}
	msgRatingCanDo = &i18n.Message{
		ID:          "RatingCanDo",
		Description: "Rating scale, third point: the learner can do this on their own.",
		Other:       "Can do",
	}
	msgRatingCanTeach = &i18n.Message{
		ID:          "RatingCanTeach",
		Description: "Rating scale, top point: the learner could teach this to others.",
		Other:       "Can teach",
	}
	msgRatedCount = &i18n.Message{
		ID:          "RatedCount",
		Description: "How much of the checklist is rated; {{.Count}} statements rated of {{.Total}}.",
		One:         "{{.Count}} of {{.Total}} statements rated",
		Other:       "{{.Count}} of {{.Total}} statements rated",
	}
	msgResetAssessment = &i18n.Message{
		ID:          "ResetAssessment",
		Description: "Button that clears every self-assessment rating (asks first).",
		Other:       "Clear all ratings",
	}
	msgConfirmResetAssessment = &i18n.Message{
		ID:          "ConfirmResetAssessment",
		Description: "Question before clearing the ratings; {{.Count}} is how many there are.",
		One:         "Clear your {{.Count}} rating? This cannot be undone.",
		Other:       "Clear all {{.Count}} ratings? This cannot be undone.",
	}
	msgResetAssessmentYes = &i18n.Message{
		ID:          "ResetAssessmentYes",
		Description: "Button that confirms clearing every rating.",
		Other:       "Yes, clear them",
	}
	msgResults = &i18n.Message{
		ID:          "Results",
		Description: "Title of the self-assessment results page.",
		Other:       "Your results",
	}
	msgResultsDescription = &i18n.Message{
		ID:          "ResultsDescription",
		Description: "Meta description of the results page.",
		Other:       "Your self-assessment: where you stand in each area, which technology-leadership role fits you and what to study next.",
	}
	msgResultsBasis = &i18n.Message{
		ID:          "ResultsBasis",
		Description: "Under the results title: how many statements the results rest on; {{.Count}} of {{.Total}}.",
		One:         "Based on {{.Count}} of {{.Total}} statements.",
		Other:       "Based on {{.Count}} of {{.Total}} statements.",
	}
	msgResultsOnDevice = &i18n.Message{
		ID:          "ResultsOnDevice",
		Description: "Results page before the app has loaded: the ratings are read from the device.",
		Other:       "Your results are worked out on this device from the ratings saved here; they appear as soon as the app has loaded.",
	}
	msgNoRatings = &i18n.Message{
		ID:          "NoRatings",
		Description: "Results page when nothing is rated yet.",
		Other:       "You have not rated any statements yet. Your results appear here as soon as you do.",
	}
	msgWhereYouStand = &i18n.Message{
		ID:          "WhereYouStand",
		Description: "Heading of the area scores (radar chart and table).",
		Other:       "Where you stand",
	}
	msgAreaColumn = &i18n.Message{
		ID:          "AreaColumn",
		Description: "Column heading of the area scores table: the area.",
		Other:       "Area",
	}
	msgScoreColumn = &i18n.Message{
		ID:          "ScoreColumn",
		Description: "Column heading of the area scores table: the score as a percentage.",
		Other:       "Score",
	}
	msgRatedColumn = &i18n.Message{
		ID:          "RatedColumn",
		Description: "Column heading of the area scores table: how many statements of the area are rated.",
		Other:       "Rated",
	}
	msgRatedOf = &i18n.Message{
		ID:          "RatedOf",
		Description: "Cell of the area scores table: {{.Count}} statements rated of {{.Total}}.",
		Other:       "{{.Count}} of {{.Total}}",
	}
	msgNotRated = &i18n.Message{
		ID:          "NotRated",
		Description: "Score cell of an area with no rated statement.",
		Other:       "Not rated",
	}
	msgRoleFit = &i18n.Message{
		ID:          "RoleFit",
		Description: "Heading of the ranked list of roles by fit.",
		Other:       "Which role fits you",
	}
	msgRoleFitHow = &i18n.Message{
		ID:          "RoleFitHow",
		Description: "Under the role-fit heading: how the fit is worked out.",
		Other:       "Each role needs some abilities more than others. The fit weighs your ratings by what each role needs most.",
	}
	msgFitScore = &i18n.Message{
		ID:          "FitScore",
		Description: "How well a role fits; {{.Percent}} is a formatted percentage.",
		Other:       "{{.Percent}} fit",
	}
	msgGaps = &i18n.Message{
		ID:          "Gaps",
		Description: "Heading of the list of top gaps with lessons.",
		Other:       "What to study next",
	}
	msgGapsFor = &i18n.Message{
		ID:          "GapsFor",
		Description: "Label of the choice of role the gaps are measured against.",
		Other:       "Measure gaps against",
	}
	msgBestFitOption = &i18n.Message{
		ID:          "BestFitOption",
		Description: "A role in the choice of role, marked as the best fit; {{.Role}} is its name.",
		Other:       "{{.Role}} (your best fit)",
	}
	msgNoGaps = &i18n.Message{
		ID:          "NoGaps",
		Description: "When no rated statement falls short for the role; {{.Role}} is its name.",
		Other:       "{{.Role}}: nothing you rated falls short of what this role needs.",
	}
	msgYourRating = &i18n.Message{
		ID:          "YourRating",
		Description: "Under a gap: the learner's rating; {{.Rating}} is a point of the scale such as 'Learning'.",
		Other:       "Your rating: {{.Rating}}",
	}
	msgShareHeading = &i18n.Message{
		ID:          "ShareHeading",
		Description: "Heading of the share-link box on the results page.",
		Other:       "Share your results",
	}
	msgShareHow = &i18n.Message{
		ID:          "ShareHow",
		Description: "How the share link works and what it reveals.",
		Other:       "This link holds your ratings after the # sign, a part of an address that browsers never send to a server. Whoever opens it sees these results and may keep a copy.",
	}
	msgShareLinkLabel = &i18n.Message{
		ID:          "ShareLinkLabel",
		Description: "Accessible label of the box holding the share link.",
		Other:       "Link to these results",
	}
	msgCopyLink = &i18n.Message{
		ID:          "CopyLink",
		Description: "Button that copies the share link.",
		Other:       "Copy link",
	}
	msgLinkCopied = &i18n.Message{
		ID:          "LinkCopied",
		Description: "Announced after the share link is copied.",
		Other:       "Link copied.",
	}
	msgPrintReport = &i18n.Message{
		ID:          "PrintReport",
		Description: "Button that prints the results as a one-page report (or saves a PDF).",
		Other:       "Print or save as PDF",
	}
	msgEditRatings = &i18n.Message{
		ID:          "EditRatings",
		Description: "Link from the results back to the checklist.",
		Other:       "Change your ratings",
	}
	msgSharedResults = &i18n.Message{
		ID:          "SharedResults",
		Description: "Notice on results opened from a share link.",
		Other:       "These are results someone shared with you. Nothing has been saved on this device.",
	}
	msgKeepShared = &i18n.Message{
		ID:          "KeepShared",
		Description: "Button that keeps shared ratings as the learner's own.",
		Other:       "Keep these ratings as mine",
	}
	msgConfirmKeepShared = &i18n.Message{
		ID:          "ConfirmKeepShared",
		Description: "Question before shared ratings replace the learner's own; {{.Count}} is how many the learner has.",
		One:         "This replaces your {{.Count}} rating. Go ahead?",
		Other:       "This replaces your {{.Count}} ratings. Go ahead?",
	}
	msgKeepSharedYes = &i18n.Message{
		ID:          "KeepSharedYes",
		Description: "Button that confirms replacing the learner's ratings with shared ones.",
		Other:       "Replace mine",
	}
	msgShowMine = &i18n.Message{
		ID:          "ShowMine",
		Description: "Button that leaves shared results for the learner's own.",
		Other:       "Show my results",
	}
	msgShareDamaged = &i18n.Message{
		ID:          "ShareDamaged",
		Description: "A share link that is cut short or altered.",
		Other:       "This share link is incomplete or damaged, perhaps cut off when it was copied. Ask for it again. Your own results are shown instead; nothing was changed.",
	}
	msgShareForeign = &i18n.Message{
		ID:          "ShareForeign",
		Description: "A link whose # part is not a share of results.",
		Other:       "This link does not hold self-assessment results. Your own results are shown instead; nothing was changed.",
	}
	msgShareFuture = &i18n.Message{
		ID:          "ShareFuture",
		Description: "A share link made by a newer version of the app.",
		Other:       "This share link was made by a newer version of CxO Path. Reload once the app has updated, then open the link again. Nothing was changed.",
	}
	msgShareOutdated = &i18n.Message{
		ID:          "ShareOutdated",
		Description: "A share link made for an older or different checklist.",
		Other:       "This share link was made for a different version of the checklist and cannot be read. Nothing was changed.",
	}
	msgFitShowAll = &i18n.Message{
		ID:          "FitShowAll",
		Description: "Button under the first three role-fit cards on a phone, which shows the rest. {{.Count}} is the number of roles in all (more than three).",
		Other:       "Show all {{.Count}} roles",
	}
	msgFitTied = &i18n.Message{
		ID:          "FitTied",
		Description: "Tag on a role-fit card when two or more roles share the best fit score.",
		Other:       "Tied for best fit",
	}
	msgResultsBasisAll = &i18n.Message{
		ID:          "ResultsBasisAll",
		Description: "Under the results title, once every statement is rated: the results rest on all of them ({{.Total}}).",
		Other:       "Based on all {{.Total}} statements.",
	}
	msgResultsBasisAllRated = &i18n.Message{
		ID:          "ResultsBasisAllRated",
		Description: "Under the results, once every statement is rated: the results rest on all of them ({{.Total}}); {{.Date}} is the date of the last rating.",
		Other:       "Based on all {{.Total}} statements, last rated on {{.Date}}.",
	}
	msgResultsBasisAllOn = &i18n.Message{
		ID:          "ResultsBasisAllOn",
		Description: "Under the results title when two days are compared and every statement was rated on the later day ({{.Date}}): the results rest on all of them ({{.Total}}).",
		Other:       "Based on all {{.Total}} statements, as rated on {{.Date}}.",
	}
	msgResultsBasisRated = &i18n.Message{
		ID:          "ResultsBasisRated",
		Description: "Under the results: how many statements the results rest on, of all ({{.Total}}), and the date of the last rating ({{.Date}}).",
		One:         "Based on {{.Count}} of {{.Total}} statements, last rated on {{.Date}}.",
		Other:       "Based on {{.Count}} of {{.Total}} statements, last rated on {{.Date}}.",
	}
)
