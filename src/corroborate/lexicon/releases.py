"""Word lists of press-release reading (`corroborate.releases`): constants only."""

from __future__ import annotations

# what marks a document as a release on a line of its own at its head
RELEASE_MARKERS = ("press release", "news release", "media release", "press statement",
                   "media statement", "club statement", "company statement", "official statement",
                   "for immediate release")

# what follows "Issued by" on a head line and is the issuing office, not the issuer's name:
# "Issued by the Meridian Airways Press Office" is Meridian Airways'
ISSUING_OFFICES = ("press office", "media office", "press team", "media team", "newsroom",
                   "communications office", "communications team", "communications department",
                   "press and communications office")

# words that name a body, on the line above a marker that names its issuer there ("Office of
# the Press Secretary", "Ministry of Foreign Affairs of the Republic of Indonesia")
BODY_WORDS = ("Ministry", "Office", "Department", "Agency", "Group", "Company", "Inc", "Corp",
              "Corporation", "Council", "Commission", "Authority", "Association", "Foundation", "Bank",
              "Service", "Administration", "University", "Institute", "Government", "Embassy",
              "Police", "Union", "Federation", "House")

# the words of a contact line that name no issuer: "For media enquiries contact the CPAG press
# office" names CPAG
CONTACT_WORDS = frozenset({"media", "press", "contact", "contacts", "office", "enquiries",
                           "inquiries", "communications", "relations", "public", "for", "the"})
