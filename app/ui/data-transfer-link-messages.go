package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages of the transfer link: carrying progress to another device in a
// link or QR code, and receiving it there.
var (
	msgTransferHeading = &i18n.Message{
		ID:          "TransferHeading",
		Description: "Heading of the My data section that carries progress to another device with a link or QR code.",
		Other:       "Copy to another device",
	}
	msgTransferHow = &i18n.Message{
		ID:          "TransferHow",
		Description: "How the transfer link works, in short: open or scan it on the other device, and send it only to oneself.",
		Other:       "Open this link on your other device, or scan the code with its camera. Anyone with the link can read your progress, so send it only to yourself.",
	}
	msgTransferMore = &i18n.Message{
		ID:          "TransferMore",
		Description: "Shown on request under the transfer link's lead: where the data travels in the link (after the #, never sent to a server) and the preview the other device shows before changing anything.",
		Other:       "Everything saved here travels in the part of the link after the # sign, which browsers never send to a server. Before anything is changed, the other device shows what the link holds and what it would change.",
	}
	msgTransferMoreToggle = &i18n.Message{
		ID:          "TransferMoreToggle",
		Description: "Disclosure button on My data that shows how the transfer link carries the data (TransferMore).",
		Other:       "How the link works",
	}
	msgTransferLinkLabel = &i18n.Message{
		ID:          "TransferLinkLabel",
		Description: "Label of the read-only text field holding the transfer link.",
		Other:       "Transfer link",
	}
	msgTransferQRName = &i18n.Message{
		ID:          "TransferQRName",
		Description: "Accessible name of the QR code of the transfer link.",
		Other:       "QR code of the transfer link: scan it with the other device’s camera",
	}
	msgTransferNoQR = &i18n.Message{
		ID:          "TransferNoQR",
		Description: "Said instead of the QR code when the progress is too large for one. Size is like 4 KB; Most is like 2 KB.",
		Other:       "Your progress makes a {{.Size}} link, more than a QR code can hold ({{.Most}}), so there is no code. Copy the link to the other device, or export a file above and import it there.",
	}
	msgTransferNoLink = &i18n.Message{
		ID:          "TransferNoLink",
		Description: "Said instead of the link when the progress is too large for a link. Size is like 40 KB.",
		Other:       "Your progress would make a link of {{.Size}}, too long for a browser’s address bar. Export a file above and import it on the other device.",
	}
	msgTransferMaking = &i18n.Message{
		ID:          "TransferMaking",
		Description: "Shown for a moment while the transfer link is made.",
		Other:       "Making the link…",
	}
	msgTransferNothing = &i18n.Message{
		ID:          "TransferNothing",
		Description: "Said in the transfer section when nothing is saved yet.",
		Other:       "Nothing is saved yet, so there is nothing to copy.",
	}
	msgReceiveTitle = &i18n.Message{
		ID:          "ReceiveTitle",
		Description: "Title of the page that opens a transfer link from another device.",
		Other:       "Progress from another device",
	}
	msgReceiveDescription = &i18n.Message{
		ID:          "ReceiveDescription",
		Description: "Description of the page that opens a transfer link.",
		Other:       "See what a transfer link from your other device holds, then merge it with what is saved here or replace what is saved here with it.",
	}
	msgReceiveReading = &i18n.Message{
		ID:          "ReceiveReading",
		Description: "Shown while the page reads the transfer link.",
		Other:       "Reading the link…",
	}
	msgReceiveNone = &i18n.Message{
		ID:          "ReceiveNone",
		Description: "Shown when the receive page is opened without a transfer link in its address.",
		Other:       "This page opens a transfer link made under My data on another device. This address does not contain one.",
	}
	msgReceiveNoneTitle = &i18n.Message{
		ID:          "ReceiveNoneTitle",
		Description: "Title of the receive page's empty state, when its address holds no transfer link.",
		Other:       "Open the link from your other device",
	}
	msgReceivePasteLabel = &i18n.Message{
		ID:          "ReceivePasteLabel",
		Description: "Label of the field on the receive page where a transfer link copied as text (from a message or a note) can be pasted.",
		Other:       "Or paste the transfer link here",
	}
	msgReceivePasteOpen = &i18n.Message{
		ID:          "ReceivePasteOpen",
		Description: "Button next to the paste field on the receive page: reads the pasted transfer link and shows what it holds (nothing is changed yet).",
		Other:       "Open link",
	}
	msgReceiveMyData = &i18n.Message{
		ID:          "ReceiveMyData",
		Description: "Link from the receive page to My data.",
		Other:       "Go to My data",
	}
	msgReceiveDamaged = &i18n.Message{
		ID:          "ReceiveDamaged",
		Description: "A transfer link changed on the way (a character altered).",
		Other:       "This link is damaged: some of its characters changed on the way, so it cannot be read. Copy it again from the other device. Nothing was changed.",
	}
	msgReceiveTruncated = &i18n.Message{
		ID:          "ReceiveTruncated",
		Description: "A transfer link cut short, as when only part of it was copied.",
		Other:       "This link is incomplete: its end is missing, as when only part of it is copied. Copy the whole link again from the other device, or scan its QR code. Nothing was changed.",
	}
	msgReceiveForeign = &i18n.Message{
		ID:          "ReceiveForeign",
		Description: "The address holds something after # that is not a CxO Path transfer link.",
		Other:       "This is not a CxO Path transfer link, so there is nothing to bring in. Nothing was changed.",
	}
	msgReceiveFuture = &i18n.Message{
		ID:          "ReceiveFuture",
		Description: "A transfer link made by a newer version of the app.",
		Other:       "This link was made by a newer version of CxO Path. Update the app here (reload when prompted), then open the link again. Nothing was changed.",
	}
	msgReceiveHuge = &i18n.Message{
		ID:          "ReceiveHuge",
		Description: "A transfer link that unpacks to far more than any progress can be.",
		Other:       "This link holds far more data than any saved progress could, so it was not read. Nothing was changed.",
	}
	msgReceiveBlank = &i18n.Message{
		ID:          "ReceiveBlank",
		Description: "A transfer link holding nothing this version of the course can use.",
		Other:       "This link holds nothing this version of CxO Path can use. Nothing was changed.",
	}
	msgReceiveMerged = &i18n.Message{
		ID:          "ReceiveMerged",
		Description: "After merging a transfer link.",
		Other:       "Merged. The link’s data is now saved with what was here, and the link is gone from the address bar.",
	}
	msgReceiveReplaced = &i18n.Message{
		ID:          "ReceiveReplaced",
		Description: "After replacing the saved progress with a transfer link's.",
		Other:       "Done. What is saved here now comes from the link, and the link is gone from the address bar.",
	}
	msgReceiveDismissed = &i18n.Message{
		ID:          "ReceiveDismissed",
		Description: "After dismissing a transfer link without taking it.",
		Other:       "Nothing was changed, and the link is gone from the address bar.",
	}
	msgReceiveNotSaved = &i18n.Message{
		ID:          "ReceiveNotSaved",
		Description: "When what a transfer link carried could not be saved.",
		Other:       "Nothing was brought in: the link’s data could not be saved on this device. The notice at the top of the page says why.",
	}
)
