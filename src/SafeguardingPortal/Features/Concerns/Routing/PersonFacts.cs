using SafeguardingPortal.Features.Concerns.Postcodes;

namespace SafeguardingPortal.Features.Concerns.Routing;

public enum HomeKind
{
    City,
    OtherEngland,
    OutsideEngland,
    OutsideUk,
    Unknown,
}

/// <summary>Where a person lives, resolved to a social-care authority (routing.md §3.1).</summary>
public sealed record ResolvedHome(HomeKind Kind, string? AuthorityCode, AuthorityChoice? PendingChoice)
{
    public bool IsCouncil => Kind is HomeKind.City or HomeKind.OtherEngland or HomeKind.OutsideEngland;
}

/// <summary>What the rules need to know about one person: age, route, home and where they are now (§3.2, §5).</summary>
public sealed record PersonFacts(int Index, Person Person, int? Age, ResolvedHome Home, string? PresentAuthority, bool AtSite)
{
    public bool IsUnborn => Person.Unborn;

    public bool AgeKnown => IsUnborn || Age is not null;

    /// <summary>Child route: unborn, under 18, or age unknown.</summary>
    public bool IsChild => IsUnborn || Age is null || Age < 18;

    /// <summary>A born child of known age under <paramref name="years"/> (R1's "young child").</summary>
    public bool IsKnownChildUnder(int years) => !IsUnborn && Age is not null && Age < years;

    /// <summary>An adult with care-and-support needs indicated, or whose concern is sexual abuse or modern slavery (R10, §5.3).</summary>
    public bool IsAdultAtRisk => !IsChild && (
        Person.CareAndSupportNeeds == YesNoDontKnow.Yes
        || (Person.CareAndSupportNeeds == YesNoDontKnow.DontKnow && Person.CanProtectThemselves is YesNoDontKnow.No or YesNoDontKnow.DontKnow)
        || (Has(Category.SelfNeglect) && Person.CareAndSupportNeeds != YesNoDontKnow.No)
        || Has(Category.Sexual)
        || Has(Category.ModernSlavery));

    public Team Team => IsChild ? Team.Children : Team.Adults;

    public RoutingAction CityAction => IsChild || IsAdultAtRisk ? RoutingAction.Referral : RoutingAction.InformationRecord;

    public bool Has(Category category) => Person.Categories.Contains(category);

    public static PersonFacts Of(int index, Person person, DateOnly today, RoutingData data)
    {
        var home = ResolveHome(index, person.Home, data);
        var site = person.PresentLocation == PresentLocation.CorporationSite && person.CorporationSite is not null
            ? data.CorporationSites.GetValueOrDefault(person.CorporationSite)
            : null;
        var present = person.PresentLocation switch
        {
            PresentLocation.InCity => Authority.City,
            PresentLocation.CorporationSite => site,
            PresentLocation.AtHome => home.AuthorityCode,
            _ => null,
        };

        // A site whose host is the City counts as being in the City (§3.2).
        var atSite = person.PresentLocation == PresentLocation.CorporationSite && site is not null && site != Authority.City;
        return new PersonFacts(index, person, AgeOn(person, today), home, present, atSite);
    }

    /// <summary>Age on the London date: the date of birth wins over a stated age (§5.1); null when unborn or unknown.</summary>
    public static int? AgeOn(Person person, DateOnly today) =>
        person.Unborn ? null : person.DateOfBirth is { } born ? AgeFrom(born, today) : person.AgeYears;

    /// <summary>Whole years; someone born on 29 February has their birthday on 1 March in other years.</summary>
    public static int AgeFrom(DateOnly born, DateOnly today)
    {
        var birthday = born.Month == 2 && born.Day == 29 && !DateTime.IsLeapYear(today.Year)
            ? new DateOnly(today.Year, 3, 1)
            : new DateOnly(today.Year, born.Month, born.Day);
        return today.Year - born.Year - (today < birthday ? 1 : 0);
    }

    private static ResolvedHome ResolveHome(int index, Home home, RoutingData data)
    {
        switch (home.Status)
        {
            case HomeStatus.OutsideUk:
                return new ResolvedHome(HomeKind.OutsideUk, null, null);
            case HomeStatus.NoFixedAddress or HomeStatus.DontKnow:
                return new ResolvedHome(HomeKind.Unknown, null, null);
        }

        var lookup = data.LookupPostcode(home.Postcode!);
        var chosen = data.Register.SocialCareCode(home.AuthorityCode);
        var code = lookup.Match switch
        {
            PostcodeMatch.Single => lookup.Authority,
            PostcodeMatch.BestFit => chosen ?? lookup.Authority,
            _ => chosen,
        };

        return code is null
            ? new ResolvedHome(HomeKind.Unknown, null, new AuthorityChoice(index, lookup.Candidates))
            : new ResolvedHome(KindOf(code, data.Register), code, null);
    }

    private static HomeKind KindOf(string code, AuthorityRegister register) =>
        code == Authority.City ? HomeKind.City
        : register.Find(code)?.IsOutsideEngland == true ? HomeKind.OutsideEngland
        : HomeKind.OtherEngland;
}
