package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages of the learner's data: how it is saved and kept, the copies of
// unreadable data, importing and starting over.
var (
	msgStorageUnread = &i18n.Message{
		ID:          "StorageUnread",
		Description: "Notice when the saved progress could not be read just now (the browser refused the read).",
		Other:       "Your saved progress could not be read just now. Nothing is written over it until it can be read; what you do meanwhile stays in this page.",
	}
	msgStorageNotKept = &i18n.Message{
		ID:          "StorageNotKept",
		Description: "Notice when saved progress could not be read and there is no room to keep a copy of it, so nothing is saved.",
		Other:       "Progress saved earlier could not be read, and there is no room to keep a copy of it aside. It is left untouched, so what you do now is not saved; it lasts until you close this page.",
	}
	msgStorageNewer = &i18n.Message{
		ID:          "StorageNewer",
		Description: "Notice in a tab still running an old version after the app was updated in another tab: this tab no longer saves until reloaded.",
		Other:       "CxO Path was updated in another tab. Reload this page to use the new version: what you did here since then is kept and carried over.",
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
		One:         "Remove the {{.Count}} kept copy? Download it from My data first if you may want it.",
		Other:       "Remove the {{.Count}} kept copies? Download them from My data first if you may want them.",
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
		One:         "Erase everything this app keeps on this device: your lessons, quiz answers, self-assessment, interview cards and drafts, {{.Count}} kept copy of unreadable data, and your theme and language choices? This cannot be undone.",
		Other:       "Erase everything this app keeps on this device: your lessons, quiz answers, self-assessment, interview cards and drafts, {{.Count}} kept copies of unreadable data, and your theme and language choices? This cannot be undone.",
	}
	msgStartedOver = &i18n.Message{
		ID:          "StartedOver",
		Description: "Said once everything the app kept on the device has been erased.",
		Other:       "Everything the app kept on this device has been erased.",
	}
	msgStartOverFailed = &i18n.Message{
		ID:          "StartOverFailed",
		Description: "Said when the browser refused to erase some of what the app keeps.",
		Other:       "Not everything could be erased: the browser refused. Try again, or clear this site's data in the browser's settings.",
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
		Other:       "Merged. The file's data is now saved with yours.",
	}
	msgImportNotSaved = &i18n.Message{
		ID:          "ImportNotSaved",
		Description: "Said when an import could not be saved on the device, so nothing changed.",
		Other:       "Nothing was imported: the file's data could not be saved on this device. The notice at the top of the page says why.",
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
		Other:       "Merging changes nothing: everything in the file is saved here already.",
	}
	msgReplaceNothing = &i18n.Message{
		ID:          "ReplaceNothing",
		Description: "When replacing the saved data with an import file would change nothing.",
		Other:       "Replacing changes nothing: the file holds what is saved here.",
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
		One:         "{{.Count}} quiz answer that is not one of its question's options is left out.",
		Other:       "{{.Count}} quiz answers that are not among their questions' options are left out.",
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
		One:         "{{.Count}} interview card has a schedule that cannot be right (dates in the future or far beyond); it starts again.",
		Other:       "{{.Count}} interview cards have schedules that cannot be right (dates in the future or far beyond); they start again.",
	}
	msgImportUnknown = &i18n.Message{
		ID:          "ImportUnknown",
		Description: "What an import file holds that this version of the app does not have: kept but not used. {{.Count}} is how many entries.",
		One:         "{{.Count}} entry is for a lesson, question, checklist statement or card this version of the app does not have: it is kept but not counted or used.",
		Other:       "{{.Count}} entries are for lessons, questions, checklist statements or cards this version of the app does not have: they are kept but not counted or used.",
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
