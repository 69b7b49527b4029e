package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Every text the interface shows, in English, with a note for translators.
// `goi18n extract` reads these literals into locales/active.en.toml.
var (
	msgAppName = &i18n.Message{
		ID:          "AppName",
		Description: "The product name, shown in the header and the window title. Keep the Latin letters.",
		Other:       "CxO Path",
	}
	msgTagline = &i18n.Message{
		ID:          "Tagline",
		Description: "One line under the product name on the home page: what the app is for.",
		Other:       "Your study path to CTO and CIO",
	}
	msgHomeDescription = &i18n.Message{
		ID:          "HomeDescription",
		Description: "The home page's meta description and opening paragraph.",
		Other:       "Learn what a CTO and a CIO really do, how the two roles differ, and how engineers and in-house IT staff grow into them — lesson by lesson, offline, in English, Korean and Japanese.",
	}
	msgStartHere = &i18n.Message{
		ID:          "StartHere",
		Description: "Button on the home page that opens the first lesson.",
		Other:       "Start with the first lesson",
	}
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
	msgSkipToContent = &i18n.Message{
		ID:          "SkipToContent",
		Description: "Link for keyboard users that jumps over the header to the page content.",
		Other:       "Skip to content",
	}
	msgLanguage = &i18n.Message{
		ID:          "Language",
		Description: "Accessible label of the language switcher.",
		Other:       "Language",
	}
	msgMainNav = &i18n.Message{
		ID:          "MainNavigation",
		Description: "Accessible label of the main navigation.",
		Other:       "Main",
	}
	msgHome = &i18n.Message{
		ID:          "Home",
		Description: "Navigation link to the home page.",
		Other:       "Home",
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
	msgNotFoundTitle = &i18n.Message{
		ID:          "NotFoundTitle",
		Description: "Heading and window title of the page shown for an address that does not exist.",
		Other:       "Page not found",
	}
	msgNotFoundText = &i18n.Message{
		ID:          "NotFoundText",
		Description: "Explanation on the not-found page, before links to the home page in each language.",
		Other:       "There is no page at this address. It may have moved, or the link may be mistyped. These pages will get you back on track:",
	}
	msgContentError = &i18n.Message{
		ID:          "ContentError",
		Description: "Shown when the lessons cannot be loaded (should never happen in a released build).",
		Other:       "The lessons could not be loaded. Please reload the page.",
	}
	msgRedirecting = &i18n.Message{
		ID:          "Redirecting",
		Description: "Shown for a moment at the site root while the app opens the learner's language.",
		Other:       "Opening CxO Path…",
	}
	msgFooter = &i18n.Message{
		ID:          "Footer",
		Description: "Footer line: the app keeps everything on the device.",
		Other:       "CxO Path works offline. What you save stays on this device.",
	}
)

// Quiz, progress and saving.
var (
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
	msgStorageKeptAside = &i18n.Message{
		ID:          "StorageKeptAside",
		Description: "Notice when saved progress could not be read (damaged, or not the app's): a copy is kept and listed on My data.",
		Other:       "Progress saved earlier could not be read, so your record starts afresh. A copy of it is kept on this device, untouched: My data lists it, to download or remove.",
	}
	msgStorageUnsaved = &i18n.Message{
		ID:          "StorageUnsaved",
		Description: "Notice when the browser will not store progress (storage full or turned off).",
		Other:       "Your progress cannot be saved on this device right now: its storage is full or turned off. You can keep studying; what you do lasts until you close this page.",
	}
)

// Lessons index, glossary and navigation.
var (
	msgLessons = &i18n.Message{
		ID:          "Lessons",
		Description: "Navigation link to, and heading of, the page listing every lesson.",
		Other:       "Lessons",
	}
	msgLessonsDescription = &i18n.Message{
		ID:          "LessonsDescription",
		Description: "Meta description and intro of the lessons index page.",
		Other:       "Every lesson of the course in reading order, with how long each takes and which you have finished.",
	}
	msgGlossary = &i18n.Message{
		ID:          "Glossary",
		Description: "Navigation link to, and heading of, the glossary page.",
		Other:       "Glossary",
	}
	msgGlossaryDescription = &i18n.Message{
		ID:          "GlossaryDescription",
		Description: "Meta description and intro of the glossary page.",
		Other:       "Every term the lessons use, explained, with its name in English, Korean and Japanese side by side.",
	}
	msgContinue = &i18n.Message{
		ID:          "ContinueLesson",
		Description: "Button on the home page that opens the first lesson the learner has not finished; {{.Title}} is its title.",
		Other:       "Continue: {{.Title}}",
	}
	msgOtherNames = &i18n.Message{
		ID:          "OtherNames",
		Description: "Accessible label of the list of a glossary term's names in the other languages.",
		Other:       "In other languages",
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
)

var msgContinueReading = &i18n.Message{
	ID:          "ContinueReading",
	Description: "Link at the top of a lesson to the section where the learner stopped reading; {{.Section}} is its heading.",
	Other:       "Continue where you left off: {{.Section}}",
}

// Parallel reading.
var (
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
	msgShowIn = &i18n.Message{
		ID:          "ShowIn",
		Description: "On a phone in side-by-side reading, button that shows one section in the other language; {{.Language}} is that language's own name.",
		Other:       "Show in {{.Language}}",
	}
)

// Roles and their comparison.
var (
	msgRoles = &i18n.Message{
		ID:          "Roles",
		Description: "Navigation link to, and heading of, the page listing the technology-leadership roles.",
		Other:       "Roles",
	}
	msgRolesDescription = &i18n.Message{
		ID:          "RolesDescription",
		Description: "Meta description and intro of the roles page.",
		Other:       "Seven roles around technology leadership — what each exists to do, whom it answers to, and how people reach it. Compare any of them side by side.",
	}
	msgCompareRoles = &i18n.Message{
		ID:          "CompareRoles",
		Description: "Link to, and heading of, the page that compares roles side by side.",
		Other:       "Compare roles",
	}
	msgCompareDescription = &i18n.Message{
		ID:          "CompareDescription",
		Description: "Meta description and intro of the compare page.",
		Other:       "Choose two to four roles to see them side by side on the same points. What they share is said once; what differs is marked.",
	}
	msgChooseRoles = &i18n.Message{
		ID:          "ChooseRoles",
		Description: "Legend of the role checkboxes on the compare page.",
		Other:       "Roles to compare (2 to 4)",
	}
	msgViewProfile = &i18n.Message{
		ID:          "ViewProfile",
		Description: "Link from a role card to the role's profile; {{.Role}} is its abbreviation, e.g. CTO.",
		Other:       "{{.Role}} in detail",
	}
	msgCompareWith = &i18n.Message{
		ID:          "CompareWith",
		Description: "Link from a role's profile to a comparison with another role; {{.Role}} is the other role's abbreviation.",
		Other:       "Compare with {{.Role}}",
	}
	msgNoteUnknown = &i18n.Message{
		ID:          "CompareNoteUnknown",
		Description: "Note on the compare page when the address named roles the app does not know.",
		Other:       "Some roles in the address were not recognised and were left out.",
	}
	msgNoteDuplicate = &i18n.Message{
		ID:          "CompareNoteDuplicate",
		Description: "Note on the compare page when the address named a role twice.",
		Other:       "A role named twice is shown once.",
	}
	msgNoteTooMany = &i18n.Message{
		ID:          "CompareNoteTooMany",
		Description: "Note on the compare page when the address named more than four roles.",
		Other:       "At most four roles fit side by side, so the first four are shown.",
	}
	msgNoteTooFew = &i18n.Message{
		ID:          "CompareNoteTooFew",
		Description: "Note on the compare page when fewer than two roles were named and one was added.",
		Other:       "A comparison needs two roles, so one was added.",
	}
	msgSharedByAll = &i18n.Message{
		ID:          "SharedByAll",
		Description: "Label of a comparison cell that holds what every chosen role has in common.",
		Other:       "All of them:",
	}
	msgOnlyThis = &i18n.Message{
		ID:          "OnlyThis",
		Description: "Row heading in the comparison for the skills only some of the chosen roles name.",
		Other:       "Key skills of its own",
	}
	msgDimMission = &i18n.Message{ID: "DimMission", Description: "Comparison row and profile heading: what the role exists to do, in one line.", Other: "Mission"}
	msgDimFacing  = &i18n.Message{ID: "DimFacing", Description: "Comparison row and profile heading: whether the role faces inward (running the company) or outward (growing the business).", Other: "Faces"}
	msgDimReports = &i18n.Message{ID: "DimReportsTo", Description: "Comparison row and profile heading: whom the role usually reports to.", Other: "Reports to"}
	msgDimResp    = &i18n.Message{ID: "DimResponsibilities", Description: "Comparison row and profile heading: the role's main responsibilities.", Other: "Main responsibilities"}
	msgDimWhere   = &i18n.Message{ID: "DimWhere", Description: "Comparison row and profile heading: industries and company stages where the role matters most.", Other: "Where it matters most"}
	msgDimPath    = &i18n.Message{ID: "DimPath", Description: "Comparison row and profile heading: a typical career path to the role.", Other: "Typical path"}
	msgDimSkills  = &i18n.Message{ID: "DimSkills", Description: "Comparison row and profile heading: the key skills of the role.", Other: "Key skills"}
	msgDimSuccess = &i18n.Message{ID: "DimSuccess", Description: "Comparison row and profile heading: how the role's success is measured.", Other: "How success is measured"}
	msgDimPress   = &i18n.Message{ID: "DimPressures", Description: "Comparison row and profile heading: the typical pressures of the role.", Other: "Typical pressures"}
	msgDimLessons = &i18n.Message{ID: "DimLessons", Description: "Comparison row and profile heading: lessons of the course about the role.", Other: "Related lessons"}
	msgOutward    = &i18n.Message{ID: "FacingOutward", Description: "Value of 'Faces': the role looks outward, growing the business with technology (the 'offence' side).", Other: "Outward — growing the business with technology (offence)"}
	msgInward     = &i18n.Message{ID: "FacingInward", Description: "Value of 'Faces': the role looks inward, running the company on IT (the 'defence' side).", Other: "Inward — running the company on IT (defence)"}
	msgBoth       = &i18n.Message{ID: "FacingBoth", Description: "Value of 'Faces': the role looks both inward and outward.", Other: "Both inward and outward"}
)

// Theme choice.
var (
	msgTheme = &i18n.Message{
		ID:          "Theme",
		Description: "Label of the theme choice in the footer.",
		Other:       "Theme",
	}
	msgThemeSystem = &i18n.Message{
		ID:          "ThemeSystem",
		Description: "Theme choice: follow the device's light or dark setting.",
		Other:       "Device",
	}
	msgThemeLight = &i18n.Message{
		ID:          "ThemeLight",
		Description: "Theme choice: always light.",
		Other:       "Light",
	}
	msgThemeDark = &i18n.Message{
		ID:          "ThemeDark",
		Description: "Theme choice: always dark.",
		Other:       "Dark",
	}
)

// Self-assessment.
var (
	msgNavAssessment          = &i18n.Message{ID: "NavAssessment", Description: "Main navigation link to the self-assessment; keep it very short (phone tab bar).", Other: "Assess"}
	msgAssessment             = &i18n.Message{ID: "Assessment", Description: "Title of the self-assessment checklist page.", Other: "Self-assessment"}
	msgAssessmentDescription  = &i18n.Message{ID: "AssessmentDescription", Description: "Lead paragraph and meta description of the self-assessment page.", Other: "Rate yourself on thirty abilities that technology leaders rely on, and see where you stand, which role fits you best and what to study next."}
	msgAssessmentHow          = &i18n.Message{ID: "AssessmentHow", Description: "How to fill in the checklist, under the lead paragraph.", Other: "Rate each statement honestly. Every rating is saved on this device as you go, and never leaves it unless you share a link."}
	msgRatingNotYet           = &i18n.Message{ID: "RatingNotYet", Description: "Rating scale, lowest point: the learner cannot do this yet.", Other: "Not yet"}
	msgRatingLearning         = &i18n.Message{ID: "RatingLearning", Description: "Rating scale, second point: the learner is learning this.", Other: "Learning"}
	msgRatingCanDo            = &i18n.Message{ID: "RatingCanDo", Description: "Rating scale, third point: the learner can do this on their own.", Other: "Can do"}
	msgRatingCanTeach         = &i18n.Message{ID: "RatingCanTeach", Description: "Rating scale, top point: the learner could teach this to others.", Other: "Can teach"}
	msgRatedCount             = &i18n.Message{ID: "RatedCount", Description: "How much of the checklist is rated; {{.Count}} statements rated of {{.Total}}.", One: "{{.Count}} of {{.Total}} statements rated", Other: "{{.Count}} of {{.Total}} statements rated"}
	msgSeeResults             = &i18n.Message{ID: "SeeResults", Description: "Button from the checklist to the results.", Other: "See your results"}
	msgResetAssessment        = &i18n.Message{ID: "ResetAssessment", Description: "Button that clears every self-assessment rating (asks first).", Other: "Clear all ratings"}
	msgConfirmResetAssessment = &i18n.Message{ID: "ConfirmResetAssessment", Description: "Question before clearing the ratings; {{.Count}} is how many there are.", One: "Clear your {{.Count}} rating? This cannot be undone.", Other: "Clear all {{.Count}} ratings? This cannot be undone."}
	msgResetAssessmentYes     = &i18n.Message{ID: "ResetAssessmentYes", Description: "Button that confirms clearing every rating.", Other: "Yes, clear them"}
	msgCancel                 = &i18n.Message{ID: "Cancel", Description: "Button that goes back without doing anything.", Other: "Cancel"}

	msgResults            = &i18n.Message{ID: "Results", Description: "Title of the self-assessment results page.", Other: "Your results"}
	msgResultsDescription = &i18n.Message{ID: "ResultsDescription", Description: "Meta description of the results page.", Other: "Your self-assessment: where you stand in each area, which technology-leadership role fits you, and what to study next."}
	msgResultsBasis       = &i18n.Message{ID: "ResultsBasis", Description: "Under the results title: how many statements the results rest on; {{.Count}} of {{.Total}}.", One: "Based on {{.Count}} of {{.Total}} statements.", Other: "Based on {{.Count}} of {{.Total}} statements."}
	msgResultsOnDevice    = &i18n.Message{ID: "ResultsOnDevice", Description: "Results page before the app has loaded: the ratings are read from the device.", Other: "Your results are worked out on this device from the ratings saved here; they appear as soon as the app has loaded."}
	msgNoRatings          = &i18n.Message{ID: "NoRatings", Description: "Results page when nothing is rated yet.", Other: "You have not rated any statements yet. Your results appear here as soon as you do."}
	msgStartAssessment    = &i18n.Message{ID: "StartAssessment", Description: "Button to the checklist when nothing is rated.", Other: "Start the self-assessment"}
	msgWhereYouStand      = &i18n.Message{ID: "WhereYouStand", Description: "Heading of the area scores (radar chart and table).", Other: "Where you stand"}
	msgAreaColumn         = &i18n.Message{ID: "AreaColumn", Description: "Column heading of the area scores table: the area.", Other: "Area"}
	msgScoreColumn        = &i18n.Message{ID: "ScoreColumn", Description: "Column heading of the area scores table: the score as a percentage.", Other: "Score"}
	msgRatedColumn        = &i18n.Message{ID: "RatedColumn", Description: "Column heading of the area scores table: how many statements of the area are rated.", Other: "Rated"}
	msgRatedOf            = &i18n.Message{ID: "RatedOf", Description: "Cell of the area scores table: {{.Count}} statements rated of {{.Total}}.", Other: "{{.Count}} of {{.Total}}"}
	msgNotRated           = &i18n.Message{ID: "NotRated", Description: "Score cell of an area with no rated statement.", Other: "Not rated"}
	msgRoleFit            = &i18n.Message{ID: "RoleFit", Description: "Heading of the ranked list of roles by fit.", Other: "Which role fits you"}
	msgRoleFitHow         = &i18n.Message{ID: "RoleFitHow", Description: "Under the role-fit heading: how the fit is worked out.", Other: "Each role needs some abilities more than others. The fit weighs your ratings by what each role needs most."}
	msgFitScore           = &i18n.Message{ID: "FitScore", Description: "How well a role fits; {{.Percent}} is a formatted percentage.", Other: "{{.Percent}} fit"}
	msgFitStrongLight     = &i18n.Message{ID: "FitStrongLight", Description: "Why a role fits as it does; {{.Strong}} and {{.Light}} are areas as they read in a sentence (e.g. 'technology and architecture').", Other: "Strong on {{.Strong}}, lighter on {{.Light}}."}
	msgFitStrongOnly      = &i18n.Message{ID: "FitStrongOnly", Description: "Why a role fits, when nothing it needs is lacking; {{.Strong}} is an area as it reads in a sentence.", Other: "Strong on {{.Strong}}, and short on nothing this role needs."}
	msgFitLightOnly       = &i18n.Message{ID: "FitLightOnly", Description: "Why a role fits poorly, when nothing is strong yet; {{.Light}} is an area as it reads in a sentence.", Other: "Most to gain in {{.Light}}."}
	msgGaps               = &i18n.Message{ID: "Gaps", Description: "Heading of the list of top gaps with lessons.", Other: "What to study next"}
	msgGapsFor            = &i18n.Message{ID: "GapsFor", Description: "Label of the choice of role the gaps are measured against.", Other: "Gaps for the role of"}
	msgBestFitOption      = &i18n.Message{ID: "BestFitOption", Description: "A role in the choice of role, marked as the best fit; {{.Role}} is its name.", Other: "{{.Role}} (your best fit)"}
	msgNoGaps             = &i18n.Message{ID: "NoGaps", Description: "When no rated statement falls short for the role; {{.Role}} is its name.", Other: "Nothing you rated falls short of what a {{.Role}} needs."}
	msgYourRating         = &i18n.Message{ID: "YourRating", Description: "Under a gap: the learner's rating; {{.Rating}} is a point of the scale such as 'Learning'.", Other: "Your rating: {{.Rating}}"}
	msgStudy              = &i18n.Message{ID: "Study", Description: "Before the lessons that close a gap.", Other: "Study:"}
	msgShareHeading       = &i18n.Message{ID: "ShareHeading", Description: "Heading of the share-link box on the results page.", Other: "Share your results"}
	msgShareHow           = &i18n.Message{ID: "ShareHow", Description: "How the share link works and what it reveals.", Other: "This link carries your ratings after the # sign, a part of an address that browsers never send to a server. Whoever opens it sees these results and may keep a copy."}
	msgShareLinkLabel     = &i18n.Message{ID: "ShareLinkLabel", Description: "Accessible label of the box holding the share link.", Other: "Link to these results"}
	msgCopyLink           = &i18n.Message{ID: "CopyLink", Description: "Button that copies the share link.", Other: "Copy link"}
	msgLinkCopied         = &i18n.Message{ID: "LinkCopied", Description: "Announced after the share link is copied.", Other: "Link copied."}
	msgPrintReport        = &i18n.Message{ID: "PrintReport", Description: "Button that prints the results as a one-page report (or saves a PDF).", Other: "Print or save as PDF"}
	msgEditRatings        = &i18n.Message{ID: "EditRatings", Description: "Link from the results back to the checklist.", Other: "Change your ratings"}
	msgSharedResults      = &i18n.Message{ID: "SharedResults", Description: "Notice on results opened from a share link.", Other: "These are results someone shared with you. Nothing has been saved on this device."}
	msgKeepShared         = &i18n.Message{ID: "KeepShared", Description: "Button that keeps shared ratings as the learner's own.", Other: "Keep these ratings as mine"}
	msgConfirmKeepShared  = &i18n.Message{ID: "ConfirmKeepShared", Description: "Question before shared ratings replace the learner's own; {{.Count}} is how many the learner has.", One: "This replaces your {{.Count}} rating. Go ahead?", Other: "This replaces your {{.Count}} ratings. Go ahead?"}
	msgKeepSharedYes      = &i18n.Message{ID: "KeepSharedYes", Description: "Button that confirms replacing the learner's ratings with shared ones.", Other: "Replace mine"}
	msgShowMine           = &i18n.Message{ID: "ShowMine", Description: "Button that leaves shared results for the learner's own.", Other: "Show my results"}
	msgShareDamaged       = &i18n.Message{ID: "ShareDamaged", Description: "A share link that is cut short or altered.", Other: "This share link is incomplete or damaged, perhaps cut off when it was copied. Ask for it again. Your own results are shown instead; nothing was changed."}
	msgShareForeign       = &i18n.Message{ID: "ShareForeign", Description: "A link whose # part is not a share of results.", Other: "This link does not carry self-assessment results. Your own results are shown instead; nothing was changed."}
	msgShareFuture        = &i18n.Message{ID: "ShareFuture", Description: "A share link made by a newer version of the app.", Other: "This share link was made by a newer version of CxO Path. Reload once the app has updated, then open the link again. Nothing was changed."}
	msgShareOutdated      = &i18n.Message{ID: "ShareOutdated", Description: "A share link made for an older or different checklist.", Other: "This share link was made for a different version of the checklist and cannot be read. Nothing was changed."}
	msgHomeAssessHeading  = &i18n.Message{ID: "HomeAssessHeading", Description: "Home page: heading of the invitation to the self-assessment.", Other: "Where do you stand?"}
	msgHomeAssessText     = &i18n.Message{ID: "HomeAssessText", Description: "Home page: what the self-assessment gives the learner.", Other: "Thirty honest ratings show your strengths, the role that fits you, and the lessons that close your gaps."}
	msgHomeBestFit        = &i18n.Message{ID: "HomeBestFit", Description: "Home page, once something is rated: the closest role so far; {{.Role}} is its name.", Other: "Your closest fit so far: {{.Role}}."}
)

// Interview practice.
var (
	msgNavInterview          = &i18n.Message{ID: "NavInterview", Description: "Main navigation link to interview practice; keep it very short (phone tab bar).", Other: "Interview"}
	msgInterview             = &i18n.Message{ID: "Interview", Description: "Title of the interview deck page.", Other: "Interview practice"}
	msgInterviewDescription  = &i18n.Message{ID: "InterviewDescription", Description: "Lead paragraph and meta description of interview practice.", Other: "Drill the questions CTO and CIO candidates are asked: draft your answer, compare it with the points a strong answer covers, and let spaced repetition bring each card back when you are about to forget it."}
	msgInterviewHow          = &i18n.Message{ID: "InterviewHow", Description: "How the scheduling works, under the start button.", Other: "Cards are scheduled with FSRS, a spaced-repetition method: the better you recall a card, the longer until it comes back. Your drafts and schedules stay on this device."}
	msgRoleFilter            = &i18n.Message{ID: "RoleFilter", Description: "Label of the filter by role on the interview deck.", Other: "Role"}
	msgTopicFilter           = &i18n.Message{ID: "TopicFilter", Description: "Label of the filter by topic on the interview deck.", Other: "Topic"}
	msgAllRoles              = &i18n.Message{ID: "AllRoles", Description: "Filter choice: questions for every role.", Other: "All roles"}
	msgAllTopics             = &i18n.Message{ID: "AllTopics", Description: "Filter choice: questions on every topic.", Other: "All topics"}
	msgDeckDue               = &i18n.Message{ID: "DeckDue", Description: "Label of the count of cards due for review now.", Other: "Due now"}
	msgDeckNew               = &i18n.Message{ID: "DeckNew", Description: "Label of the count of cards never studied.", Other: "New"}
	msgDeckLearned           = &i18n.Message{ID: "DeckLearned", Description: "Label of the count of cards studied and not due yet.", Other: "Learned"}
	msgStartPractice         = &i18n.Message{ID: "StartPractice", Description: "Button that starts practising the filtered deck.", Other: "Start practising"}
	msgDeckDone              = &i18n.Message{ID: "DeckDone", Description: "When no card is due or new; {{.When}} is a span such as '3 days'.", Other: "Nothing is due now. The next card comes back in {{.When}}."}
	msgDeckEmpty             = &i18n.Message{ID: "DeckEmpty", Description: "When no card matches the filters.", Other: "No card matches these filters."}
	msgDeckCards             = &i18n.Message{ID: "DeckCards", Description: "Heading of the list of cards; {{.Count}} is how many.", One: "{{.Count}} card", Other: "{{.Count}} cards"}
	msgCardNew               = &i18n.Message{ID: "CardNew", Description: "Status of a card never studied.", Other: "New"}
	msgCardDue               = &i18n.Message{ID: "CardDue", Description: "Status of a card due now.", Other: "Due now"}
	msgCardDueIn             = &i18n.Message{ID: "CardDueIn", Description: "Status of a card due later; {{.When}} is a span such as '3 days'.", Other: "Back in {{.When}}"}
	msgResetSchedules        = &i18n.Message{ID: "ResetSchedules", Description: "Button that forgets every card's schedule (asks first).", Other: "Start the schedule over"}
	msgConfirmResetSchedules = &i18n.Message{ID: "ConfirmResetSchedules", Description: "Question before forgetting the schedules; {{.Count}} is how many cards have one.", One: "Forget the schedule of {{.Count}} card? Your drafts are kept.", Other: "Forget the schedules of {{.Count}} cards? Your drafts are kept."}
	msgResetSchedulesYes     = &i18n.Message{ID: "ResetSchedulesYes", Description: "Button that confirms forgetting the schedules.", Other: "Yes, start over"}
	msgUnknownFilter         = &i18n.Message{ID: "UnknownFilter", Description: "When the address names a role or topic the deck does not have.", Other: "This address asks for a role or topic the deck does not have, so that part of the filter is left out."}
	msgUnknownCard           = &i18n.Message{ID: "UnknownCard", Description: "When the address names a card that is not in the deck.", Other: "The card this address asks for is not in this deck. Here is the next one instead."}

	msgPractice     = &i18n.Message{ID: "Practice", Description: "Title of the page that shows one interview card.", Other: "Practice"}
	msgBackToDeck   = &i18n.Message{ID: "BackToDeck", Description: "Link from a card back to the deck.", Other: "← All cards"}
	msgYourDraft    = &i18n.Message{ID: "YourDraft", Description: "Label of the box for the learner's draft answer.", Other: "Your draft answer"}
	msgDraftHelp    = &i18n.Message{ID: "DraftHelp", Description: "Help under the draft label.", Other: "Jot down the points you would make, then show the answer points to compare. Your draft is saved on this device as you type."}
	msgReveal       = &i18n.Message{ID: "Reveal", Description: "Button that shows the answer points; the Space key does the same.", Other: "Show the answer points"}
	msgSpaceKey     = &i18n.Message{ID: "SpaceKey", Description: "The name of the space bar key, shown as a keyboard hint.", Other: "Space"}
	msgAnswerPoints = &i18n.Message{ID: "AnswerPoints", Description: "Heading of the answer points.", Other: "What a strong answer covers"}
	msgPrepareWith  = &i18n.Message{ID: "PrepareWith", Description: "Before the lessons that prepare an answer.", Other: "Prepare with:"}
	msgHowWell      = &i18n.Message{ID: "HowWell", Description: "Question above the four recall ratings.", Other: "How well did your answer cover these points?"}
	msgAgain        = &i18n.Message{ID: "RecallAgain", Description: "Recall rating 1: the learner missed the points; the card comes back soon.", Other: "Again"}
	msgHard         = &i18n.Message{ID: "RecallHard", Description: "Recall rating 2: recalled with difficulty.", Other: "Hard"}
	msgGood         = &i18n.Message{ID: "RecallGood", Description: "Recall rating 3: recalled well.", Other: "Good"}
	msgEasy         = &i18n.Message{ID: "RecallEasy", Description: "Recall rating 4: recalled at once, easily.", Other: "Easy"}
	msgKeysHint     = &i18n.Message{ID: "KeysHint", Description: "Keyboard hint under a card.", Other: "Keyboard: Space shows the points, 1 to 4 rate your recall. Keys typed in your draft never count."}
	msgMinutesSpan  = &i18n.Message{ID: "MinutesSpan", Description: "A span of minutes, as in 'back in 10 min'.", One: "{{.Count}} min", Other: "{{.Count}} min"}
	msgHoursSpan    = &i18n.Message{ID: "HoursSpan", Description: "A span of hours.", One: "{{.Count}} hour", Other: "{{.Count}} hours"}
	msgDaysSpan     = &i18n.Message{ID: "DaysSpan", Description: "A span of days.", One: "{{.Count}} day", Other: "{{.Count}} days"}
	msgMonthsSpan   = &i18n.Message{ID: "MonthsSpan", Description: "A span of months.", One: "{{.Count}} month", Other: "{{.Count}} months"}
	msgTimer        = &i18n.Message{ID: "Timer", Description: "Label of the answer stopwatch.", Other: "Answer timer"}
	msgTimerStart   = &i18n.Message{ID: "TimerStart", Description: "Button that starts the answer stopwatch.", Other: "Start"}
	msgTimerStop    = &i18n.Message{ID: "TimerStop", Description: "Button that pauses the answer stopwatch.", Other: "Pause"}
	msgTimerReset   = &i18n.Message{ID: "TimerReset", Description: "Button that sets the stopwatch back to zero.", Other: "Reset"}
	msgTimerUp      = &i18n.Message{ID: "TimerUp", Description: "Said once the answer has run two minutes.", Other: "Two minutes: time to wrap up your answer."}
)

// Offline, updates and the learner's data.
var (
	msgOffline           = &i18n.Message{ID: "Offline", Description: "Banner while the device has no network.", Other: "You are offline. Everything in CxO Path keeps working, and what you do is saved on this device."}
	msgUpdateReady       = &i18n.Message{ID: "UpdateReady", Description: "Banner when a new version has been downloaded.", Other: "A new version of CxO Path is ready. Your progress is kept."}
	msgUpdateApply       = &i18n.Message{ID: "UpdateApply", Description: "Button that reloads the app into the new version.", Other: "Reload to update"}
	msgUpdateLater       = &i18n.Message{ID: "UpdateLater", Description: "Button that hides the update banner for now.", Other: "Later"}
	msgMyData            = &i18n.Message{ID: "MyData", Description: "Title of the page about the learner's data, and the footer link to it.", Other: "My data"}
	msgMyDataDescription = &i18n.Message{ID: "MyDataDescription", Description: "Lead paragraph and meta description of the data page.", Other: "Everything you save stays on this device. Here you can choose your language and theme, take your data with you, bring it back, or start over."}
	msgPreferences       = &i18n.Message{ID: "Preferences", Description: "Heading of the language and theme choices on the data page.", Other: "Language and theme"}
	msgSavedHeading      = &i18n.Message{ID: "SavedHeading", Description: "Heading of the counts of what is saved on the device.", Other: "Saved on this device"}
	msgSavedLessons      = &i18n.Message{ID: "SavedLessons", Description: "Count label: lessons marked done.", Other: "Lessons done"}
	msgSavedAnswers      = &i18n.Message{ID: "SavedAnswers", Description: "Count label: quiz answers given.", Other: "Quiz answers"}
	msgSavedRatings      = &i18n.Message{ID: "SavedRatings", Description: "Count label: self-assessment statements rated.", Other: "Self-assessment ratings"}
	msgSavedCards        = &i18n.Message{ID: "SavedCards", Description: "Count label: interview cards with a schedule.", Other: "Interview cards studied"}
	msgSavedDrafts       = &i18n.Message{ID: "SavedDrafts", Description: "Count label: draft interview answers.", Other: "Draft answers"}
	msgExportImport      = &i18n.Message{ID: "ExportImport", Description: "Heading of export and import.", Other: "Take your data with you"}
	msgExportHow         = &i18n.Message{ID: "ExportHow", Description: "How export and import work.", Other: "Export saves everything as one file you can keep or move to another device; import reads such a file back. Before an import replaces anything, you see what the file holds."}
	msgExport            = &i18n.Message{ID: "Export", Description: "Button that downloads the learner's data as a file.", Other: "Export my data"}
	msgImportLabel       = &i18n.Message{ID: "ImportLabel", Description: "Label of the file picker for an import.", Other: "Import a file…"}
	msgImportPreview     = &i18n.Message{ID: "ImportPreview", Description: "Above the comparison of saved data and an import file, which the learner may merge or put in place of what is saved.", Other: "Here is what this file would change. Merging keeps what is saved on this device and adds the file's data; replacing puts the file's data in its place."}
	msgKindColumn        = &i18n.Message{ID: "KindColumn", Description: "Column heading of the import comparison: what kind of data.", Other: "Saved"}
	msgNow               = &i18n.Message{ID: "Now", Description: "Column heading of the import comparison: what is saved now.", Other: "Now"}
	msgAfterImport       = &i18n.Message{ID: "AfterImport", Description: "Column of the import preview: the counts after replacing what is saved with the file.", Other: "After replacing"}
	msgImportYes         = &i18n.Message{ID: "ImportYes", Description: "Button that confirms an import.", Other: "Replace with this file"}
	msgImported          = &i18n.Message{ID: "Imported", Description: "Said once an import is saved.", Other: "Imported. Your data now comes from the file."}
	msgImportDamaged     = &i18n.Message{ID: "ImportDamaged", Description: "An import file that is empty, cut short or not JSON.", Other: "This file is damaged or empty, so it cannot be read. Nothing was changed."}
	msgImportForeign     = &i18n.Message{ID: "ImportForeign", Description: "An import file from another app.", Other: "This file was not exported from CxO Path. Nothing was changed."}
	msgImportFuture      = &i18n.Message{ID: "ImportFuture", Description: "An import file from a newer version of the app.", Other: "This file comes from a newer version of CxO Path. Update the app (reload when it offers), then import it again. Nothing was changed."}
	msgImportHuge        = &i18n.Message{ID: "ImportHuge", Description: "An import file far larger than an export can be.", Other: "This file is far too large to be a CxO Path export. Nothing was changed."}
	msgStartOver         = &i18n.Message{ID: "StartOver", Description: "Heading and button: erase everything saved (asks first).", Other: "Start over"}
	msgStartOverHow      = &i18n.Message{ID: "StartOverHow", Description: "What starting over erases.", Other: "Erases everything the app keeps on this device: your lessons, quiz answers, self-assessment, interview practice and drafts, any kept copies of unreadable data, and your theme and language choices. Export first if you may want them back."}
	msgConfirmStartOver  = &i18n.Message{ID: "ConfirmStartOver", Description: "Question before erasing everything the app keeps on the device.", Other: "Erase everything this app keeps on this device: your lessons, quiz answers, self-assessment, interview cards and drafts, and your theme and language choices? This cannot be undone."}
	msgStartOverYes      = &i18n.Message{ID: "StartOverYes", Description: "Button that confirms erasing everything.", Other: "Yes, erase it all"}
	msgNothingSaved      = &i18n.Message{ID: "NothingSaved", Description: "When nothing is saved yet.", Other: "Nothing is saved yet."}
	msgStorageHeading    = &i18n.Message{ID: "StorageHeading", Description: "Heading of the storage section.", Other: "Storage"}
	msgStorageUnknown    = &i18n.Message{ID: "StorageUnknown", Description: "When the browser does not say how it keeps data.", Other: "This browser does not say whether it keeps your data for good."}
	msgStoragePersistent = &i18n.Message{ID: "StoragePersistent", Description: "When the browser keeps the data for good.", Other: "This browser keeps your data until you erase it."}
	msgStorageBestEffort = &i18n.Message{ID: "StorageBestEffort", Description: "When the browser may clear the data if space runs short.", Other: "This browser may clear your data if the device runs short of space."}
	msgStoragePersist    = &i18n.Message{ID: "StoragePersist", Description: "Button that asks the browser to keep the data for good.", Other: "Ask the browser to keep it"}
	msgStorageRefused    = &i18n.Message{ID: "StorageRefused", Description: "When the browser declines to keep the data for good.", Other: "The browser declined for now. Installing the app, or using it often, usually changes its mind; exporting keeps a copy either way."}
	msgStorageUsage      = &i18n.Message{ID: "StorageUsage", Description: "How much storage the app uses; {{.Used}} and {{.Quota}} are sizes such as '3 MB'.", Other: "CxO Path uses {{.Used}} of the {{.Quota}} this browser allows it."}
	msgByteSize          = &i18n.Message{ID: "ByteSize", Description: "A size in bytes: {{.Amount}} is a number, {{.Unit}} is B, KB, MB or GB.", Other: "{{.Amount}} {{.Unit}}"}
	msgOfflineHeading    = &i18n.Message{ID: "OfflineHeading", Description: "Heading of the offline and install section.", Other: "Offline and installed"}
	msgOfflineHow        = &i18n.Message{ID: "OfflineHow", Description: "Offline and installed use, explained for someone who has never installed a web app.", Other: "CxO Path is a web app that keeps a copy of itself on your device. Once it has opened here, every page works with no connection, on a plane or underground. Installing it adds an icon to your home screen or desktop and opens it in its own window, like any other app; nothing is sent anywhere."}
	msgOfflineReady      = &i18n.Message{ID: "OfflineReady", Description: "When the app is ready to work offline on this device.", Other: "Ready to work offline on this device."}
	msgOfflineNotYet     = &i18n.Message{ID: "OfflineNotYet", Description: "While the app is still getting ready to work offline.", Other: "Getting ready to work offline…"}
	msgInstall           = &i18n.Message{ID: "Install", Description: "Button that installs the app.", Other: "Install CxO Path"}
	msgInstalled         = &i18n.Message{ID: "Installed", Description: "When the app runs installed.", Other: "CxO Path is installed on this device."}
	msgInstallFromMenu   = &i18n.Message{ID: "InstallFromMenu", Description: "When the browser does not offer an install button.", Other: "If your browser offers it, choose “Install app” or “Add to Home Screen” from its menu."}
	msgAppVersion        = &i18n.Message{ID: "AppVersion", Description: "The build the app runs; {{.Version}} is a short code.", Other: "Version {{.Version}}"}
)

// Search.
var (
	msgSearch            = &i18n.Message{ID: "Search", Description: "Title of the search page, and the label of the header link to it.", Other: "Search"}
	msgSearchDescription = &i18n.Message{ID: "SearchDescription", Description: "Meta description of the search page.", Other: "Find lessons, glossary terms, roles and interview questions, offline."}
	msgSearchShortcut    = &i18n.Message{ID: "SearchShortcut", Description: "Tooltip of the header search link: the keyboard shortcut.", Other: "Search (press /)"}
	msgSearchLabel       = &i18n.Message{ID: "SearchLabel", Description: "Label of the search box.", Other: "Search lessons, terms, roles and interview questions"}
	msgSearchHint        = &i18n.Message{ID: "SearchHint", Description: "Hint under the search box.", Other: "Results appear as you type. Press / on any page to come here."}
	msgResultCount       = &i18n.Message{ID: "ResultCount", Description: "How many results a search found; {{.Count}} is the number.", One: "{{.Count}} result", Other: "{{.Count}} results"}
	msgNoResults         = &i18n.Message{ID: "NoResults", Description: "When a search finds nothing; {{.Query}} is what the learner typed.", Other: "Nothing matches “{{.Query}}”. Try fewer or shorter words."}
	msgKindLesson        = &i18n.Message{ID: "KindLesson", Description: "Label of a search result that is a lesson.", Other: "Lesson"}
	msgKindTerm          = &i18n.Message{ID: "KindTerm", Description: "Label of a search result that is a glossary term.", Other: "Glossary"}
	msgKindRole          = &i18n.Message{ID: "KindRole", Description: "Label of a search result that is a role.", Other: "Role"}
	msgKindQuestion      = &i18n.Message{ID: "KindQuestion", Description: "Label of a search result that is an interview question.", Other: "Interview"}
	msgCloseTip          = &i18n.Message{
		ID:          "CloseTip",
		Description: "Accessible name of the button that closes a glossary term's definition in a lesson.",
		Other:       "Close",
	}
	msgFitTied = &i18n.Message{
		ID:          "FitTied",
		Description: "Tag on a role-fit card when two or more roles share the best fit score.",
		Other:       "Tied for best fit",
	}
	msgShowAllResults = &i18n.Message{
		ID:          "ShowAllResults",
		Description: "Button under the first search results that shows the rest; {{.Count}} is how many more there are.",
		One:         "Show {{.Count}} more result",
		Other:       "Show {{.Count}} more results",
	}
	msgContinueAtSection = &i18n.Message{
		ID:          "ContinueAtSection",
		Description: "Home page button back to a lesson the learner left half-read; {{.Title}} is the lesson's title, {{.Section}} the heading of the section where they stopped.",
		Other:       "Continue “{{.Title}}” at “{{.Section}}”",
	}
	msgTextLoading = &i18n.Message{
		ID:          "TextLoading",
		Description: "Shown in place of a lesson's text while its language's text file is still being fetched (a moment, after switching language).",
		Other:       "Loading the lesson…",
	}
	msgTextUnavailable = &i18n.Message{
		ID:          "TextUnavailable",
		Description: "Shown in place of a lesson's text when its language's text file could not be fetched.",
		Other:       "This lesson's text could not be loaded. Check your connection, then reload the page.",
	}
	msgQuizWrongExplained = &i18n.Message{
		ID:          "QuizWrongExplained",
		Description: "Feedback on a wrong quiz answer, after the verdict: {{.Why}} explains the chosen option, {{.Answer}} is the right option, {{.RightWhy}} explains it.",
		Other:       "{{.Why}} The right answer is “{{.Answer}}”: {{.RightWhy}}",
	}
	msgResultsBasisRated = &i18n.Message{
		ID:          "ResultsBasisRated",
		Description: "Under the results: how many statements the results rest on, of all ({{.Total}}), and the date of the last rating ({{.Date}}).",
		One:         "Based on {{.Count}} of {{.Total}} statements, last rated on {{.Date}}.",
		Other:       "Based on {{.Count}} of {{.Total}} statements, last rated on {{.Date}}.",
	}
)
