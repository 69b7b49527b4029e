package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of My data's disclosures and of a preview that would change
// nothing, in English, with a note for translators.
var (
	msgLanguageAtTop = &i18n.Message{
		ID:          "LanguageAtTop",
		Description: "My data, under the heading 'Language and theme': the language is chosen with the switch at the top of every page, so this page has none of its own.",
		Other:       "Switch the language at the top of any page.",
	}
	msgAppDetails = &i18n.Message{
		ID:          "AppDetails",
		Description: "My data, offline section: the disclosure that shows the app's build version.",
		Other:       "Technical details",
	}
	msgTransferShowLink = &i18n.Message{
		ID:          "TransferShowLink",
		Description: "My data, copy to another device: the disclosure that shows the transfer link as text, to copy by hand.",
		Other:       "Show the link",
	}
	msgFileSameAsSaved = &i18n.Message{
		ID:          "FileSameAsSaved",
		Description: "Import preview, when the file holds exactly what is saved: merging and replacing would both change nothing, so only Close is offered.",
		Other:       "This file holds exactly what is saved here, so merging or replacing would change nothing.",
	}
	msgLinkSameAsSaved = &i18n.Message{
		ID:          "LinkSameAsSaved",
		Description: "Transfer link preview, when the link holds exactly what is saved: merging and replacing would both change nothing, so only Close is offered.",
		Other:       "This link holds exactly what is saved here, so merging or replacing would change nothing.",
	}
	msgPreviewFigures = &i18n.Message{
		ID:          "PreviewFigures",
		Description: "Import or transfer link preview, when nothing would change: the disclosure that shows the table of counts (now, after merging, after replacing).",
		Other:       "Show the figures",
	}
	msgKeptCopyOn = &i18n.Message{
		ID:          "KeptCopyOn",
		Description: "One kept copy in the list on My data, when it is too small for its size to matter. {{.Date}} is when it was kept.",
		Other:       "Kept on {{.Date}}",
	}
)
