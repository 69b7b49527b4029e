package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The texts of the frame around every page: header, navigation, footer, notices and the pages with
// no content of their own, in English, with a note for translators.
var (
	msgSkipToContent = &i18n.Message{
		ID:          "SkipToContent",
		Description: "Link for keyboard users that jumps over the header to the page content.",
		Other:       "Skip to content",
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
	msgNotFoundTitle = &i18n.Message{
		ID:          "NotFoundTitle",
		Description: "Heading and window title of the page shown for an address that does not exist.",
		Other:       "Page not found",
	}
	msgNotFoundText = &i18n.Message{
		ID:          "NotFoundText",
		Description: "Explanation on the not-found page, above a search box and a button to the home page.",
		Other:       "There is no page at this address. It may have moved, or the address may be mistyped. Search for what you were looking for, or go to the home page.",
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
	msgStorageKeptAside = &i18n.Message{
		ID:          "StorageKeptAside",
		Description: "Notice when saved progress could not be read (damaged, or not the app's): a copy is kept and listed on My data.",
		Other:       "Progress saved earlier could not be read, so your record starts afresh. An untouched copy is kept on this device; you can download or remove it from My data.",
	}
	msgStorageUnsaved = &i18n.Message{
		ID:          "StorageUnsaved",
		Description: "Notice when the browser will not store progress (storage full or turned off).",
		Other:       "Your progress cannot be saved on this device right now: its storage is full or turned off. You can keep studying; what you do lasts until you close this page.",
	}
	msgTheme = &i18n.Message{
		ID:          "Theme",
		Description: "Label of the theme choice in the footer.",
		Other:       "Theme",
	}
	msgThemeSystem = &i18n.Message{
		ID:          "ThemeSystem",
		Description: "Theme choice: follow the device's light or dark setting.",
		Other:       "Match device",
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
	msgNavAssessment = &i18n.Message{
		ID:          "NavAssessment",
		Description: "Main navigation link to the self-assessment; keep it very short (phone tab bar).",
		Other:       "Assess",
	}
	msgNavInterview = &i18n.Message{
		ID:          "NavInterview",
		Description: "Main navigation link to interview practice; keep it very short (phone tab bar).",
		Other:       "Interview",
	}
	msgOffline = &i18n.Message{
		ID:          "Offline",
		Description: "Banner while the device has no network.",
		Other:       "You are offline. Everything in CxO Path keeps working, and what you do is saved on this device.",
	}
	msgUpdateReady = &i18n.Message{
		ID:          "UpdateReady",
		Description: "Banner when a new version has been downloaded.",
		Other:       "A new version of CxO Path is ready. Your progress is kept.",
	}
	msgUpdateApply = &i18n.Message{
		ID:          "UpdateApply",
		Description: "Button that reloads the app into the new version.",
		Other:       "Reload to update",
	}
	msgUpdateLater = &i18n.Message{
		ID:          "UpdateLater",
		Description: "Button that hides the update banner for now.",
		Other:       "Later",
	}
	msgSearchShortcut = &i18n.Message{
		ID:          "SearchShortcut",
		Description: "Tooltip of the header search link: the keyboard shortcut.",
		Other:       "Search (press /)",
	}
)
