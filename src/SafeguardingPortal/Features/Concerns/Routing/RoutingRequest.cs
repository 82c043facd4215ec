namespace SafeguardingPortal.Features.Concerns.Routing;

// The answers the routing decision reads (routing.md §11.2), already validated. The API and the journey
// both build one; nothing here knows about HTTP, JSON or the database.

public enum Answer
{
    Yes,
    No,
    NotSure,
}

public enum YesNoDontKnow
{
    Yes,
    No,
    DontKnow,
}

/// <summary><c>harmer.worksWithChildren</c> and <c>worksWithAdultsAtRisk</c>: <c>NoOne</c> means no one is causing harm.</summary>
public enum HarmerAnswer
{
    Yes,
    No,
    DontKnow,
    NoOne,
}

public enum ReporterRole
{
    Self,
    Public,
    CorporationStaff,
    Professional,
}

public enum RegulatedProfession
{
    HealthOrSocialCare,
    Teacher,
    Neither,
}

public enum HomeStatus
{
    Postcode,
    NoFixedAddress,
    DontKnow,
    OutsideUk,
}

public enum PresentLocation
{
    AtHome,
    InCity,
    CorporationSite,
    Elsewhere,
    DontKnow,
}

/// <summary>What the reporter is worried about (routing.md §5.2): the child list, the adult list and the shared values.</summary>
public enum Category
{
    Physical,
    Emotional,
    Sexual,
    Neglect,
    SexualExploitation,
    CriminalExploitation,
    DomesticAbuse,
    Online,
    HarmByAnotherChild,
    Missing,
    Psychological,
    Financial,
    ModernSlavery,
    Discriminatory,
    Organisational,
    SelfNeglect,
    Fgm,
    Radicalisation,
    ForcedMarriage,
    Trafficking,
    SelfHarm,
    NotSure,
}

public sealed record Reporter(
    ReporterRole Role,
    string? Department = null,
    RegulatedProfession RegulatedProfession = RegulatedProfession.Neither,
    bool Anonymous = false,
    bool PassOnToOtherCouncil = false);

/// <param name="Postcode">Normalised (upper case, no spaces) when <see cref="Status"/> is <see cref="HomeStatus.Postcode"/>.</param>
/// <param name="AuthorityCode">The reporter's council choice (page 6a), if any.</param>
public sealed record Home(HomeStatus Status, string? Postcode = null, string? AuthorityCode = null);

public sealed record Person(
    Home Home,
    PresentLocation PresentLocation,
    IReadOnlySet<Category> Categories,
    int? AgeYears = null,
    DateOnly? DateOfBirth = null,
    bool AgeUnknown = false,
    bool Unborn = false,
    string? CorporationSite = null,
    YesNoDontKnow? CareAndSupportNeeds = null,
    YesNoDontKnow? CanProtectThemselves = null,
    YesNoDontKnow? CareLeaver = null,
    bool FgmKnownCase = false);

public sealed record Harmer(
    HarmerAnswer WorksWithChildren,
    HarmerAnswer WorksWithAdultsAtRisk = HarmerAnswer.DontKnow,
    string? EmployerPostcode = null,
    string? EmployerAuthorityCode = null,
    YesNoDontKnow Under18 = YesNoDontKnow.DontKnow,
    YesNoDontKnow? WorksInReportersDepartment = null)
{
    public bool IsSomeone => WorksWithChildren != HarmerAnswer.NoOne;
}

public sealed record RoutingRequest(
    Answer ImmediateDanger,
    Answer? CanWaitUntilNextWorkingDay,
    Reporter Reporter,
    IReadOnlyList<Person> People,
    Harmer? Harmer,
    YesNoDontKnow OtherChildrenInHousehold);
