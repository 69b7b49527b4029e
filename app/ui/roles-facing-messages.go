package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The badge on a role's card that says, in a word or two, which way the
// role faces, in English, with a note for translators.
var (
	msgFacingBadgeOutward = &i18n.Message{
		ID:          "FacingBadgeOutward",
		Description: "Badge on a role's card: the role faces outward, growing the business with technology (the 'offence' side). Very short.",
		Other:       "Outward (offence)",
	}
	msgFacingBadgeInward = &i18n.Message{
		ID:          "FacingBadgeInward",
		Description: "Badge on a role's card: the role faces inward, running the company on IT (the 'defence' side). Very short.",
		Other:       "Inward (defence)",
	}
	msgFacingBadgeBoth = &i18n.Message{
		ID:          "FacingBadgeBoth",
		Description: "Badge on a role's card: the role faces both inward and outward. Very short.",
		Other:       "Inward and outward",
	}
)

// facingBadges name the badge for each value of a role's Facing.
var facingBadges = map[string]*i18n.Message{"outward": msgFacingBadgeOutward, "inward": msgFacingBadgeInward, "both": msgFacingBadgeBoth}
