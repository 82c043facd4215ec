namespace SafeguardingPortal.Web.Layout;

/// <summary>What the shared layout shows around every page: language, navigation, phase and the numbers to call.</summary>
public sealed record PageChrome(
    string Language,
    IReadOnlyList<NavigationLink> Navigation,
    AlternateLanguage? Alternate,
    string? ActivePhase,
    bool DraftTranslation,
    ChromeContacts Contacts,
    IReadOnlyList<NavigationLink> FooterLinks);

public sealed record NavigationLink(string Text, string Href, bool IsCurrent);

/// <summary>The same page in the other language, for the language switcher.</summary>
public sealed record AlternateLanguage(string Code, string NativeName, string Href);

public sealed record ChromeContacts(string Emergency, string CampaignPhone, string ChildrenDayPhone, string AdultsDayPhone, string OutOfHoursChildrenPhone, string OutOfHoursAdultsPhone);
