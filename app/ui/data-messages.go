package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages of the learner's data: how it is saved and kept, the copies of
// unreadable data, importing and starting over.
var (
	msgStorageUnread = &i18n.Message{
		ID:          "StorageUnread",
		Description: "Notice when the saved progress could not be read just now (the browser refused the read).",
		Other:       "Your saved progress could not be read just now. Nothing is written over it until it can be read; what you do meanwhile stays on this page only.",
	}
	msgStorageNotKept = &i18n.Message{
		ID:          "StorageNotKept",
		Description: "Notice when saved progress could not be read and there is no room to keep a copy of it, so nothing is saved.",
		Other:       "Progress saved earlier could not be read, and there is no room to set a copy aside. It is left untouched, so what you do now is not saved; it lasts until you close this page.",
	}
	msgStorageNewer = &i18n.Message{
		ID:          "StorageNewer",
		Description: "Notice in a tab still running an old version after the app was updated in another tab: this tab no longer saves until reloaded.",
		Other:       "CxO Path was updated in another tab. Reload this page to use the new version: what you have done here since then is kept and carried over.",
	}
	msgStorageReload = &i18n.Message{
		ID:          "StorageReload",
		Description: "Button in the notice that the app was updated in another tab.",
		Other:       "Reload this page",
	}
	msgStorageFull = &i18n.Message{
		ID:          "StorageFull",
		Description: "Notice when the device's storage is full and the latest changes are not saved.",
		Other:       "Storage on this device is full, so your latest changes are not saved. They last until you close this page.",
	}
	msgCopiesFillStorage = &i18n.Message{
		ID:          "CopiesFillStorage",
		Description: "Under the storage-full notice: how much room the kept copies of unreadable data take. {{.Count}} is how many, {{.Size}} a size such as 2 MB.",
		One:         "{{.Count}} kept copy of unreadable data takes {{.Size}} of it. Removing it makes room.",
		Other:       "{{.Count}} kept copies of unreadable data take {{.Size}} of it. Removing them makes room.",
	}
	msgRemoveCopies = &i18n.Message{
		ID:          "RemoveCopies",
		Description: "Button that removes every kept copy of unreadable data, to make room.",
		Other:       "Remove the kept copies",
	}
	msgConfirmRemoveCopies = &i18n.Message{
		ID:          "ConfirmRemoveCopies",
		Description: "Question before removing every kept copy of unreadable data. {{.Count}} is how many.",
		One:         "Remove the {{.Count}} kept copy? Download it from My data first if you might want it back.",
		Other:       "Remove the {{.Count}} kept copies? Download them from My data first if you might want them back.",
	}
	msgRemoveCopiesYes = &i18n.Message{
		ID:          "RemoveCopiesYes",
		Description: "Button that confirms removing kept copies of unreadable data.",
		Other:       "Yes, remove",
	}
	msgSeeKeptCopies = &i18n.Message{
		ID:          "SeeKeptCopies",
		Description: "Link from a storage notice to the kept copies on the My data page.",
		Other:       "See the kept copies on My data",
	}
	msgKeptCopies = &i18n.Message{
		ID:          "KeptCopies",
		Description: "Heading on My data of the list of kept copies of unreadable saved data.",
		Other:       "Kept copies of unreadable data",
	}
	msgKeptCopiesHow = &i18n.Message{
		ID:          "KeptCopiesHow",
		Description: "Explains the list of kept copies of unreadable data on My data.",
		Other:       "When saved progress cannot be read (damaged, or written by something else), the app keeps a copy here instead of throwing it away. Download a copy to look at it or to ask for help with it; remove it once you no longer need it.",
	}
	msgKeptCopyLine = &i18n.Message{
		ID:          "KeptCopyLine",
		Description: "One kept copy in the list on My data. {{.Date}} is when it was kept, {{.Size}} its size such as 12 KB.",
		Other:       "Kept on {{.Date}} ({{.Size}})",
	}
	msgDownloadCopy = &i18n.Message{
		ID:          "DownloadCopy",
		Description: "Button that downloads one kept copy of unreadable data as a file.",
		Other:       "Download",
	}
	msgRemoveCopy = &i18n.Message{
		ID:          "RemoveCopy",
		Description: "Button that removes one kept copy of unreadable data.",
		Other:       "Remove",
	}
	msgConfirmRemoveCopy = &i18n.Message{
		ID:          "ConfirmRemoveCopy",
		Description: "Question before removing one kept copy of unreadable data.",
		Other:       "Remove this copy? It cannot be brought back.",
	}
	msgConfirmStartOverCopies = &i18n.Message{
		ID:          "ConfirmStartOverCopies",
		Description: "Question before erasing everything, when kept copies of unreadable data exist too. {{.Count}} is how many copies.",
		One:         "Erase everything this app keeps on this device? That means the lessons you have finished and where you stopped reading; quiz answers; your self-assessment, including the ratings saved for each day; interview cards and drafts; mock interviews; days of study and your daily goal; {{.Count}} kept copy of unreadable data; and your theme and language choices. This cannot be undone.",
		Other:       "Erase everything this app keeps on this device? That means the lessons you have finished and where you stopped reading; quiz answers; your self-assessment, including the ratings saved for each day; interview cards and drafts; mock interviews; days of study and your daily goal; {{.Count}} kept copies of unreadable data; and your theme and language choices. This cannot be undone.",
	}
	msgStartedOver = &i18n.Message{
		ID:          "StartedOver",
		Description: "Said once everything the app kept on the device has been erased.",
		Other:       "Everything the app kept on this device has been erased.",
	}
	msgStartOverFailed = &i18n.Message{
		ID:          "StartOverFailed",
		Description: "Said when the browser refused to erase some of what the app keeps.",
		Other:       "Not everything could be erased: the browser refused. Try again, or clear this site’s data in the browser’s settings.",
	}
	msgImportBlank = &i18n.Message{
		ID:          "ImportBlank",
		Description: "Refusal of an import file that holds nothing this version of the app can use.",
		Other:       "This file holds nothing this version of CxO Path can use. Nothing was changed.",
	}
	msgImportMerge = &i18n.Message{
		ID:          "ImportMerge",
		Description: "Button that merges an import file with what is saved on the device.",
		Other:       "Merge with what is saved",
	}
	msgImportedMerged = &i18n.Message{
		ID:          "ImportedMerged",
		Description: "Said once an import file has been merged with what was saved.",
		Other:       "Merged. The file’s data is now saved with yours.",
	}
	msgImportNotSaved = &i18n.Message{
		ID:          "ImportNotSaved",
		Description: "Said when an import could not be saved on the device, so nothing changed.",
		Other:       "Nothing was imported: the file’s data could not be saved on this device. The notice at the top of the page says why.",
	}
	msgAfterMerge = &i18n.Message{
		ID:          "AfterMerge",
		Description: "Column of the import preview: the counts after merging the file with what is saved.",
		Other:       "After merging",
	}
	msgIfMerge = &i18n.Message{
		ID:          "IfMerge",
		Description: "Above the list of what merging an import file would add or change.",
		Other:       "Merging adds or changes:",
	}
	msgIfReplace = &i18n.Message{
		ID:          "IfReplace",
		Description: "Above the list of what replacing the saved data with an import file would add, change or remove.",
		Other:       "Replacing adds, changes or removes:",
	}
	msgMergeNothing = &i18n.Message{
		ID:          "MergeNothing",
		Description: "When merging an import file would change nothing.",
		Other:       "Merging changes nothing: everything in the file is already saved here.",
	}
	msgReplaceNothing = &i18n.Message{
		ID:          "ReplaceNothing",
		Description: "When replacing the saved data with an import file would change nothing.",
		Other:       "Replacing changes nothing: the file holds exactly what is saved here.",
	}
	msgChangeLine = &i18n.Message{
		ID:          "ChangeLine",
		Description: "One line of an import's changes: {{.Label}} names the kind of change, {{.Count}} how many things it concerns; their names follow in a list.",
		Other:       "{{.Label}}: {{.Count}}",
	}
	msgChangeDone = &i18n.Message{
		ID:          "ChangeDone",
		Description: "Kind of change of an import: lessons that become done (names follow).",
		Other:       "Lessons that become done",
	}
	msgChangeUndone = &i18n.Message{
		ID:          "ChangeUndone",
		Description: "Kind of change of an import: lessons that stop being done (names follow).",
		Other:       "Lessons no longer done",
	}
	msgChangeAnswers = &i18n.Message{
		ID:          "ChangeAnswers",
		Description: "Kind of change of an import: lessons whose quiz answers are added or changed (names follow).",
		Other:       "Lessons whose quiz answers are added or changed",
	}
	msgChangeAnswersLost = &i18n.Message{
		ID:          "ChangeAnswersLost",
		Description: "Kind of change of an import: lessons whose quiz answers are removed (names follow).",
		Other:       "Lessons whose quiz answers are removed",
	}
	msgChangeRatings = &i18n.Message{
		ID:          "ChangeRatings",
		Description: "Kind of change of an import: checklist statements whose rating is added or changed (statements follow).",
		Other:       "Self-assessment ratings added or changed",
	}
	msgChangeRatingsLost = &i18n.Message{
		ID:          "ChangeRatingsLost",
		Description: "Kind of change of an import: checklist statements whose rating is removed (statements follow).",
		Other:       "Self-assessment ratings removed",
	}
	msgChangeCards = &i18n.Message{
		ID:          "ChangeCards",
		Description: "Kind of change of an import: interview cards whose review schedule is added or changed (questions follow).",
		Other:       "Interview cards whose schedule is added or changed",
	}
	msgChangeCardsLost = &i18n.Message{
		ID:          "ChangeCardsLost",
		Description: "Kind of change of an import: interview cards whose review schedule is removed (questions follow).",
		Other:       "Interview cards whose schedule is removed",
	}
	msgChangeDrafts = &i18n.Message{
		ID:          "ChangeDrafts",
		Description: "Kind of change of an import: interview cards whose draft answer is added or changed (questions follow).",
		Other:       "Draft answers added or changed",
	}
	msgChangeDraftsLost = &i18n.Message{
		ID:          "ChangeDraftsLost",
		Description: "Kind of change of an import: interview cards whose draft answer is removed (questions follow).",
		Other:       "Draft answers removed",
	}
	msgAndMore = &i18n.Message{
		ID:          "AndMore",
		Description: "Last item of a shortened list of names. {{.Count}} is how many are not shown.",
		One:         "and {{.Count}} more",
		Other:       "and {{.Count}} more",
	}
	msgImportChecked = &i18n.Message{
		ID:          "ImportChecked",
		Description: "Above the list of what checking an import file left out or corrected.",
		Other:       "Some of the file could not be used as it was:",
	}
	msgLeftOutAnswers = &i18n.Message{
		ID:          "LeftOutAnswers",
		Description: "What checking an import file left out: quiz answers that are not one of the question's options. {{.Count}} is how many.",
		One:         "{{.Count}} quiz answer that is not one of its question’s options is left out.",
		Other:       "{{.Count}} quiz answers that are not among their questions’ options are left out.",
	}
	msgLeftOutRatings = &i18n.Message{
		ID:          "LeftOutRatings",
		Description: "What checking an import file left out: ratings outside the rating scale. {{.Count}} is how many.",
		One:         "{{.Count}} rating outside the scale is left out.",
		Other:       "{{.Count}} ratings outside the scale are left out.",
	}
	msgLeftOutDates = &i18n.Message{
		ID:          "LeftOutDates",
		Description: "What checking an import file left out: dates that are not dates or lie in the future. {{.Count}} is how many.",
		One:         "{{.Count}} date that is not a real date or lies in the future is left out; the lessons stay done.",
		Other:       "{{.Count}} dates that are not real dates or lie in the future are left out; the lessons stay done.",
	}
	msgLeftOutCards = &i18n.Message{
		ID:          "LeftOutCards",
		Description: "What checking an import file corrected: interview cards whose schedule cannot be right start again. {{.Count}} is how many.",
		One:         "{{.Count}} interview card has a schedule that cannot be right (a past review dated in the future, or a next review impossibly far ahead); it starts again.",
		Other:       "{{.Count}} interview cards have schedules that cannot be right (a past review dated in the future, or a next review impossibly far ahead); they start again.",
	}
	msgImportUnknown = &i18n.Message{
		ID:          "ImportUnknown",
		Description: "What an import file holds that this version of the app does not have: kept but not used. {{.Count}} is how many entries.",
		One:         "{{.Count}} entry is for a lesson, question, checklist statement or card this version of CxO Path does not have: it is kept but not counted or used.",
		Other:       "{{.Count}} entries are for lessons, questions, checklist statements or cards this version of CxO Path does not have: they are kept but not counted or used.",
	}
	msgShareEmpty = &i18n.Message{
		ID:          "ShareEmpty",
		Description: "Notice on the results page when a share link holds no ratings at all.",
		Other:       "This share link holds no ratings, so there is nothing to show or keep. Your own results are shown instead; nothing was changed.",
	}
	msgKeepSharedFailed = &i18n.Message{
		ID:          "KeepSharedFailed",
		Description: "Said when shared ratings could not be saved as the learner's own, so nothing changed.",
		Other:       "These ratings could not be saved on this device, so yours are unchanged. The notice at the top of the page says why.",
	}
)

var (
	msgMyDataDescription = &i18n.Message{
		ID:          "MyDataDescription",
		Description: "Lead paragraph and meta description of the data page.",
		Other:       "Everything you save stays on this device. Here you can choose your language and theme, take your data with you, bring it back, or start over.",
	}
	msgPreferences = &i18n.Message{
		ID:          "Preferences",
		Description: "Heading of the language and theme choices on the data page.",
		Other:       "Language and theme",
	}
	msgSavedHeading = &i18n.Message{
		ID:          "SavedHeading",
		Description: "Heading of the counts of what is saved on the device.",
		Other:       "Saved on this device",
	}
	msgSavedLessons = &i18n.Message{
		ID:          "SavedLessons",
		Description: "Count label: lessons marked done.",
		Other:       "Lessons done",
	}
	msgSavedAnswers = &i18n.Message{
		ID:          "SavedAnswers",
		Description: "Count label: quiz answers given.",
		Other:       "Quiz answers",
	}
	msgSavedRatings = &i18n.Message{
		ID:          "SavedRatings",
		Description: "Count label: self-assessment statements rated.",
		Other:       "Self-assessment ratings",
	}
	msgSavedCards = &i18n.Message{
		ID:          "SavedCards",
		Description: "Count label: interview cards with a schedule.",
		Other:       "Interview cards studied",
	}
	msgSavedDrafts = &i18n.Message{
		ID:          "SavedDrafts",
		Description: "Count label: draft interview answers.",
		Other:       "Draft answers",
	}
	msgSavedDays = &i18n.Message{
		ID:          "SavedDays",
		Description: "Count label: days with study recorded.",
		Other:       "Days of study",
	}
	msgSavedSnapshots = &i18n.Message{
		ID:          "SavedSnapshots",
		Description: "Count label: days whose self-assessment ratings are kept for comparison.",
		Other:       "Days of saved ratings",
	}
	msgSavedMocks = &i18n.Message{
		ID:          "SavedMocks",
		Description: "Count label: mock interviews finished.",
		Other:       "Mock interviews",
	}
	msgLinkPreview = &i18n.Message{
		ID:          "LinkPreview",
		Description: "Above the comparison of saved data and what a transfer link from another device carries, which the learner may merge or put in place of what is saved.",
		Other:       "Here is what this link would change. Merging keeps what is saved on this device and adds the link’s data; replacing overwrites what is saved here with the link’s data.",
	}
	msgLinkMergeNothing = &i18n.Message{
		ID:          "LinkMergeNothing",
		Description: "When merging what a transfer link carries would change nothing.",
		Other:       "Merging changes nothing: everything in the link is already saved here.",
	}
	msgLinkReplaceNothing = &i18n.Message{
		ID:          "LinkReplaceNothing",
		Description: "When replacing the saved data with what a transfer link carries would change nothing.",
		Other:       "Replacing changes nothing: the link holds exactly what is saved here.",
	}
	msgLinkChecked = &i18n.Message{
		ID:          "LinkChecked",
		Description: "Above the list of what checking a transfer link left out or corrected.",
		Other:       "Some of the link’s data had to be left out or corrected:",
	}
	msgLinkYes = &i18n.Message{
		ID:          "LinkYes",
		Description: "Button that puts what a transfer link carries in place of what is saved.",
		Other:       "Replace with this link’s data",
	}
	msgExportImport = &i18n.Message{
		ID:          "ExportImport",
		Description: "Heading of export and import.",
		Other:       "Take your data with you",
	}
	msgExportHow = &i18n.Message{
		ID:          "ExportHow",
		Description: "How export and import work.",
		Other:       "Export saves everything as one file you can keep or move to another device; import reads such a file back. Before an import replaces anything, you see what the file holds.",
	}
	msgExport = &i18n.Message{
		ID:          "Export",
		Description: "Button that downloads the learner's data as a file.",
		Other:       "Export my data",
	}
	msgImportLabel = &i18n.Message{
		ID:          "ImportLabel",
		Description: "Label of the file picker for an import.",
		Other:       "Import a file…",
	}
	msgImportPreview = &i18n.Message{
		ID:          "ImportPreview",
		Description: "Above the comparison of saved data and an import file, which the learner may merge or put in place of what is saved.",
		Other:       "Here is what this file would change. Merging keeps what is saved on this device and adds the file’s data; replacing overwrites what is saved here with the file’s data.",
	}
	msgKindColumn = &i18n.Message{
		ID:          "KindColumn",
		Description: "Column heading of the import comparison: what kind of data.",
		Other:       "Data",
	}
	msgNow = &i18n.Message{
		ID:          "Now",
		Description: "Column heading of the import comparison: what is saved now.",
		Other:       "Now",
	}
	msgAfterImport = &i18n.Message{
		ID:          "AfterImport",
		Description: "Column of the import preview: the counts after replacing what is saved with the file.",
		Other:       "After replacing",
	}
	msgImportYes = &i18n.Message{
		ID:          "ImportYes",
		Description: "Button that confirms an import.",
		Other:       "Replace with this file",
	}
	msgImported = &i18n.Message{
		ID:          "Imported",
		Description: "Said once an import is saved.",
		Other:       "Imported. Your data now comes from the file.",
	}
	msgImportDamaged = &i18n.Message{
		ID:          "ImportDamaged",
		Description: "An import file that is empty, cut short or not JSON.",
		Other:       "This file is damaged or empty, so it cannot be read. Nothing was changed.",
	}
	msgImportForeign = &i18n.Message{
		ID:          "ImportForeign",
		Description: "An import file from another app.",
		Other:       "This file was not exported from CxO Path. Nothing was changed.",
	}
	msgImportFuture = &i18n.Message{
		ID:          "ImportFuture",
		Description: "An import file from a newer version of the app.",
		Other:       "This file comes from a newer version of CxO Path. Update the app (reload when prompted), then import it again. Nothing was changed.",
	}
	msgImportHuge = &i18n.Message{
		ID:          "ImportHuge",
		Description: "An import file far larger than an export can be.",
		Other:       "This file is far too large to be a CxO Path export. Nothing was changed.",
	}
	msgStartOver = &i18n.Message{
		ID:          "StartOver",
		Description: "Heading and button: erase everything saved (asks first).",
		Other:       "Start over",
	}
	msgStartOverHow = &i18n.Message{
		ID:          "StartOverHow",
		Description: "What starting over erases, in short: the question asked before it lists everything.",
		Other:       "Erases everything this app keeps on this device, from your progress to your theme and language. Export your data first if you might want any of it back.",
	}
	msgConfirmStartOver = &i18n.Message{
		ID:          "ConfirmStartOver",
		Description: "Question before erasing everything the app keeps on the device.",
		Other:       "Erase everything this app keeps on this device? That means the lessons you have finished and where you stopped reading; quiz answers; your self-assessment, including the ratings saved for each day; interview cards and drafts; mock interviews; days of study and your daily goal; and your theme and language choices. This cannot be undone.",
	}
	msgStartOverYes = &i18n.Message{
		ID:          "StartOverYes",
		Description: "Button that confirms erasing everything.",
		Other:       "Yes, erase it all",
	}
	msgNothingSaved = &i18n.Message{
		ID:          "NothingSaved",
		Description: "When nothing is saved yet.",
		Other:       "Nothing is saved yet.",
	}
	msgSavedWhat = &i18n.Message{
		ID:          "SavedWhat",
		Description: "Under 'Saved on this device' while nothing is saved: what will be counted there.",
		Other:       "Finished lessons, quiz answers, self-assessment ratings and interview practice are counted here as you go.",
	}
	msgStorageHeading = &i18n.Message{
		ID:          "StorageHeading",
		Description: "Heading of the storage section.",
		Other:       "Storage",
	}
	msgStorageUnknown = &i18n.Message{
		ID:          "StorageUnknown",
		Description: "When the browser does not say how it keeps data.",
		Other:       "This browser does not say whether it keeps your data for good.",
	}
	msgStoragePersistent = &i18n.Message{
		ID:          "StoragePersistent",
		Description: "When the browser keeps the data for good.",
		Other:       "This browser keeps your data until you erase it.",
	}
	msgStorageBestEffort = &i18n.Message{
		ID:          "StorageBestEffort",
		Description: "When the browser may clear the data if space runs short.",
		Other:       "This browser may clear your data if the device runs short of space.",
	}
	msgStoragePersist = &i18n.Message{
		ID:          "StoragePersist",
		Description: "Button that asks the browser to keep the data for good.",
		Other:       "Ask the browser to keep it",
	}
	msgStorageRefused = &i18n.Message{
		ID:          "StorageRefused",
		Description: "When the browser declines to keep the data for good.",
		Other:       "The browser declined for now. Installing the app, or using it often, usually makes the browser agree; exporting keeps a copy either way.",
	}
	msgStorageUsage = &i18n.Message{
		ID:          "StorageUsage",
		Description: "How much storage the app uses; {{.Used}} and {{.Quota}} are sizes such as '3 MB'.",
		Other:       "CxO Path uses {{.Used}} of the {{.Quota}} this browser allows it.",
	}
	msgOfflineHeading = &i18n.Message{
		ID:          "OfflineHeading",
		Description: "Heading of the offline and install section.",
		Other:       "Offline and installed",
	}
	msgOfflineHow = &i18n.Message{
		ID:          "OfflineHow",
		Description: "Offline and installed use, explained for someone who has never installed a web app.",
		Other:       "CxO Path is a web app that keeps a copy of itself on your device. Once it has opened here, every page works with no connection, on a plane or on the underground. Installing it adds an icon to your home screen or desktop and opens it in its own window, like any other app; nothing is sent anywhere.",
	}
	msgOfflineReady = &i18n.Message{
		ID:          "OfflineReady",
		Description: "When the app is ready to work offline on this device.",
		Other:       "Ready to work offline on this device.",
	}
	msgOfflineNotYet = &i18n.Message{
		ID:          "OfflineNotYet",
		Description: "While the app is still getting ready to work offline.",
		Other:       "Getting ready to work offline…",
	}
	msgInstall = &i18n.Message{
		ID:          "Install",
		Description: "Button that installs the app.",
		Other:       "Install CxO Path",
	}
	msgInstalled = &i18n.Message{
		ID:          "Installed",
		Description: "When the app runs installed.",
		Other:       "CxO Path is installed on this device.",
	}
	msgInstallFromMenu = &i18n.Message{
		ID:          "InstallFromMenu",
		Description: "When the browser does not offer an install button.",
		Other:       "If your browser offers it, choose ‘Install app’ or ‘Add to Home Screen’ from its menu.",
	}
	msgAppVersion = &i18n.Message{
		ID:          "AppVersion",
		Description: "The build the app runs; {{.Version}} is a short code.",
		Other:       "Version {{.Version}}",
	}
)
