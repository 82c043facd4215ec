namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// Everything a reporter has answered so far, as they typed it (API values for choices, raw text for dates and
/// postcodes), so a page can show an answer back exactly. Kept server-side and encrypted in a
/// <see cref="ReportDraft"/>; turned into a routing request only by <see cref="RoutingRequestJson"/>.
/// </summary>
public sealed class ReportAnswers
{
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The <c>src</c> tag of the poster or card the reporter came from, kept for campaign impact.</summary>
    public string? Source { get; set; }

    public string? ImmediateDanger { get; set; }

    /// <summary>The reporter chose "not sure" once and has been shown examples of immediate danger.</summary>
    public bool DangerExamplesShown { get; set; }

    public bool Called999 { get; set; }

    public string? CanWait { get; set; }

    public bool CallNowSeen { get; set; }

    /// <summary><c>myself</c> or <c>someoneElse</c>.</summary>
    public string? AboutWhom { get; set; }

    public string? Role { get; set; }

    public string? Department { get; set; }

    public List<PersonAnswers> People { get; set; } = [new()];

    public string? RegulatedProfession { get; set; }

    public bool FgmDutySeen { get; set; }

    public HarmerAnswers Harmer { get; set; } = new();

    public string? OtherChildren { get; set; }

    public string? Description { get; set; }

    /// <summary><c>yes</c> (give a name) or <c>no</c> (anonymous).</summary>
    public string? GiveName { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool? PassOn { get; set; }

    public bool OtherCouncilSeen { get; set; }

    /// <summary>The honeypot field's value: people never see it, so anything in it came from a robot.</summary>
    public string? Honeypot { get; set; }

    /// <summary>The role the journey will send: "myself" means <c>self</c>.</summary>
    public string? EffectiveRole => AboutWhom == "myself" ? "self" : AboutWhom == "someoneElse" ? Role : null;

    public bool IsStaffOrProfessional => EffectiveRole is "corporationStaff" or "professional";

    public bool MayBeAnonymous => EffectiveRole is "self" or "public";
}

public sealed class PersonAnswers
{
    /// <summary><c>dateOfBirth</c>, <c>years</c>, <c>unborn</c> or <c>dontKnow</c>.</summary>
    public string? AgeKind { get; set; }

    public string? BirthDay { get; set; }

    public string? BirthMonth { get; set; }

    public string? BirthYear { get; set; }

    public string? AgeYears { get; set; }

    public string? HomeStatus { get; set; }

    public string? Postcode { get; set; }

    /// <summary>The council chosen on the "which council?" page: a register code, or <c>dontKnow</c>.</summary>
    public string? Council { get; set; }

    public string? PresentLocation { get; set; }

    public string? Site { get; set; }

    public List<string>? Categories { get; set; }

    public string? CareNeeds { get; set; }

    public string? CanProtect { get; set; }

    public string? CareLeaver { get; set; }

    /// <summary>Whether the person knows about the report and agrees (not used for routing; the team needs it).</summary>
    public string? Consent { get; set; }

    public string? FgmKnownCase { get; set; }

    /// <summary>The answer to "do you want to tell us about another person?" asked after this person.</summary>
    public string? AnotherPerson { get; set; }
}

public sealed class HarmerAnswers
{
    public string? WorksWithChildren { get; set; }

    public string? WorksWithAdults { get; set; }

    public string? Under18 { get; set; }

    public string? EmployerName { get; set; }

    public string? EmployerPostcode { get; set; }

    public bool EmployerPostcodeUnknown { get; set; }

    /// <summary>The council chosen for the workplace: a register code, or <c>dontKnow</c>.</summary>
    public string? EmployerCouncil { get; set; }

    public string? WorksInYourDepartment { get; set; }

    public bool IsSomeone => WorksWithChildren is not null and not "noOne";

    public bool WorksWithPeopleAtRisk => WorksWithChildren == "yes" || WorksWithAdults == "yes";
}
