namespace SafeguardingPortal.Web.Layout;

// Placeholder until the content store exists: fixed English chrome.
public sealed class PageChromeProvider
{
    public PageChrome Create(HttpContext context) => new(
        "en",
        [new("Signs of abuse of children", "/signs-of-abuse/children", false), new("Signs of abuse of adults", "/signs-of-abuse/adults", false), new("Who to call", "/who-to-call", false), new("Posters", "/posters", false)],
        new AlternateLanguage("bn", "বাংলা", "/bn"),
        "Notice the Signs 2026",
        false,
        new ChromeContacts("999", "020 7332 1224", "020 7332 3621", "020 7332 1224", "020 8356 2710", "020 8356 8855"),
        [new("Accessibility statement", "/accessibility", false), new("Privacy notice", "/privacy", false), new("Contact us", "/contact", false)]);
}
