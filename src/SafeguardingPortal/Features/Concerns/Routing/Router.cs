using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Concerns.Postcodes;

namespace SafeguardingPortal.Features.Concerns.Routing;

/// <summary>
/// Where a concern goes and how urgent it is: every rule of routing.md §6–§8, as a pure function. No clock,
/// web or database inside — the time and the configuration are passed in, so the API, the journey and the
/// tests all get the same answer for the same input.
/// </summary>
public static class Router
{
    private static readonly Category[] PoliceCategories =
        [Category.Sexual, Category.SexualExploitation, Category.CriminalExploitation, Category.ModernSlavery, Category.Trafficking, Category.ForcedMarriage, Category.Fgm];

    private static readonly Category[] ExploitationCategories =
        [Category.SexualExploitation, Category.CriminalExploitation, Category.ModernSlavery, Category.Trafficking, Category.ForcedMarriage];

    public static RoutingDecision Decide(RoutingRequest request, DateTimeOffset submittedAt, RoutingData data)
    {
        var decision = new DecisionBuilder();
        var officeHours = data.Calendar.IsOfficeHours(submittedAt);
        var today = LondonTime.Date(submittedAt);
        var people = request.People.Select((person, i) => PersonFacts.Of(i, person, today, data)).ToList();
        var harmer = request.Harmer is { IsSomeone: true } someone ? someone : null;

        // Step 2: each person on their own (§3.3), then the person-level rules.
        var cityLeads = people.Where(p => Lead(p, decision)).Select(p => p.Index).ToHashSet();
        foreach (var person in people)
        {
            PersonRules(person, cityLeads.Contains(person.Index), decision);
        }

        // Step 3: report-level rules.
        HouseholdChildren(request, people, decision);
        if (harmer?.WorksWithChildren == HarmerAnswer.Yes)
        {
            decision.Fire("R16");
            ByEmployer(Team.Lado, harmer, data, decision);
        }

        if (harmer?.WorksWithAdultsAtRisk == HarmerAnswer.Yes)
        {
            decision.Fire("R17");
            ByEmployer(Team.Adults, harmer, data, decision);
        }

        if (harmer?.Under18 == YesNoDontKnow.Yes || people.Any(p => p.Has(Category.HarmByAnotherChild)))
        {
            decision.Fire("R22");
        }

        ReporterRules(request, people, harmer, decision);

        if (people.Any(p => PoliceCategories.Any(p.Has)))
        {
            decision.NeedsPolice();
        }

        // Step 4: the City passes on what another council is responsible for (R8).
        PassOn(request, people, decision);

        // Step 5: signposts, duties, urgency and emergency advice.
        Signposts(people, decision);
        FgmDuty(request, people, decision);
        if (people.Any(p => ExploitationCategories.Any(p.Has)))
        {
            decision.Fire("R21").Urgent();
        }

        CannotWait(request, people, officeHours, decision);
        if (!officeHours)
        {
            decision.Fire("R28");
        }

        return decision.Build(request.ImmediateDanger == Answer.Yes, officeHours, data.Calendar.NextWorkingDay(submittedAt), people);
    }

    /// <summary>The jurisdiction table of §3.3. Returns whether the City leads (R2, R3 or R7).</summary>
    private static bool Lead(PersonFacts person, DecisionBuilder decision)
    {
        var home = person.Home;
        var i = person.Index;
        if (home.PendingChoice is { } choice)
        {
            decision.Choose(choice);
        }

        if (home.Kind == HomeKind.City)
        {
            decision.Fire("R2").City(person.Team, person.CityAction, i);
            return true;
        }

        if (person.Person.PresentLocation == PresentLocation.InCity || person.PresentAuthority == Authority.City)
        {
            decision.Fire("R3").City(person.Team, person.CityAction, i);
            if (person.CityAction == RoutingAction.Referral && home.IsCouncil)
            {
                decision.Add(person.Team, home.AuthorityCode, RoutingAction.NotifyHomeAuthority, i);
            }

            return true;
        }

        if (person.AtSite)
        {
            decision.Fire("R4").Signpost(person.Team, person.PresentAuthority!, i);
            if (home.IsCouncil && home.AuthorityCode != person.PresentAuthority)
            {
                decision.Signpost(person.Team, home.AuthorityCode!, i);
            }

            return false;
        }

        switch (home.Kind)
        {
            case HomeKind.OtherEngland:
                decision.Fire("R5").Signpost(person.Team, home.AuthorityCode!, i);
                return false;
            case HomeKind.OutsideEngland:
                decision.Fire("R6").Signpost(person.Team, home.AuthorityCode!, i);
                return false;
            case HomeKind.OutsideUk:
                decision.Fire("R6").NeedsPolice();
                return false;
            default:
                decision.Fire("R7").City(person.Team, person.CityAction, i);
                return true;
        }
    }

    private static void PersonRules(PersonFacts person, bool cityLeads, DecisionBuilder decision)
    {
        var i = person.Index;
        decision.Fire(person.IsChild ? "R9" : person.IsAdultAtRisk ? "R10" : "R11");

        if (!person.AgeKnown)
        {
            decision.Fire("R12");
            if (cityLeads)
            {
                decision.City(Team.Adults, RoutingAction.Copy, i);
            }
        }

        if (person.Age is 16 or 17)
        {
            decision.Fire("R13");
            if (cityLeads && person.Person.CareAndSupportNeeds == YesNoDontKnow.Yes)
            {
                decision.City(Team.Adults, RoutingAction.Copy, i);
            }
        }

        if (person.Age is >= 18 and <= 25 && person.Person.CareLeaver == YesNoDontKnow.Yes)
        {
            decision.Fire("R14").City(Team.Children, RoutingAction.Copy, i);
        }

        if (person.Has(Category.Radicalisation))
        {
            decision.Fire("R18");
            Prevent(person, cityLeads, decision);
        }

        if (person.Has(Category.Fgm))
        {
            decision.Fire("R19").NeedsPolice();
            if (person.IsChild)
            {
                decision.Urgent();
            }
        }

        if (person.IsChild && !person.IsUnborn)
        {
            if (person.Has(Category.Missing))
            {
                decision.Fire("R29").NeedsPolice().Urgent();
            }

            if (person.Person.Home.Status == HomeStatus.NoFixedAddress)
            {
                decision.Fire("R23").Urgent();
            }
        }

        if (person.IsChild && person.Has(Category.Sexual))
        {
            decision.Fire("R23").Urgent();
        }

        if (person.Has(Category.SelfHarm))
        {
            decision.Fire("R30");
        }
    }

    /// <summary>Prevent follows residence when it is known, else the person's lead (§3.4).</summary>
    private static void Prevent(PersonFacts person, bool cityLeads, DecisionBuilder decision)
    {
        var home = person.Home;
        if (home.Kind == HomeKind.City || (!home.IsCouncil && cityLeads))
        {
            decision.City(Team.Prevent, RoutingAction.Referral, person.Index);
        }
        else if (home.IsCouncil)
        {
            decision.Signpost(Team.Prevent, home.AuthorityCode!, person.Index);
        }
        else if (person.AtSite)
        {
            decision.Signpost(Team.Prevent, person.PresentAuthority!, person.Index);
        }
    }

    /// <summary>R15: other children where there is domestic abuse or FGM, routed from the first such person's home.</summary>
    private static void HouseholdChildren(RoutingRequest request, List<PersonFacts> people, DecisionBuilder decision)
    {
        var first = people.FirstOrDefault(p => p.Has(Category.DomesticAbuse) || p.Has(Category.Fgm));
        if (first is null || request.OtherChildrenInHousehold == YesNoDontKnow.No)
        {
            return;
        }

        decision.Fire("R15");
        if (request.OtherChildrenInHousehold == YesNoDontKnow.Yes && people.Any(p => p.Has(Category.Fgm)))
        {
            decision.Urgent();
        }

        switch (first.Home.Kind)
        {
            case HomeKind.OtherEngland or HomeKind.OutsideEngland:
                decision.Signpost(Team.Children, first.Home.AuthorityCode!, null);
                break;
            case HomeKind.OutsideUk:
                decision.NeedsPolice();
                break;
            default:
                decision.City(Team.Children, RoutingAction.Referral, null);
                break;
        }
    }

    /// <summary>R16 and R17 follow the employer: the City (or unknown) → the City's team; another council → its team.</summary>
    private static void ByEmployer(Team team, Harmer harmer, RoutingData data, DecisionBuilder decision)
    {
        var employer = data.Register.SocialCareCode(harmer.EmployerAuthorityCode)
            ?? (harmer.EmployerPostcode is null ? null : data.LookupPostcode(harmer.EmployerPostcode).Authority);
        if (employer is null or Authority.City)
        {
            decision.City(team, RoutingAction.Referral, null);
        }
        else
        {
            decision.Signpost(team, employer, null);
        }
    }

    private static void ReporterRules(RoutingRequest request, List<PersonFacts> people, Harmer? harmer, DecisionBuilder decision)
    {
        var reporter = request.Reporter;
        switch (reporter.Role)
        {
            case ReporterRole.CorporationStaff:
                decision.Fire("R24");
                var colleague = harmer?.WorksInReportersDepartment is YesNoDontKnow.Yes or YesNoDontKnow.DontKnow;
                decision.City(colleague ? Team.SafeguardingLead : Team.DepartmentLead, RoutingAction.Copy, null);
                break;
            case ReporterRole.Professional:
                decision.Fire("R25");
                break;
            case ReporterRole.Self:
                decision.Fire("R27");
                if (people[0] is { IsChild: true, IsUnborn: false })
                {
                    decision.Add(Signpost.Childline).Urgent();
                }

                break;
        }

        if (reporter.Anonymous)
        {
            decision.Fire("R26");
        }
    }

    /// <summary>
    /// R8: one City transfer per team and person with a council signpost — automatic, except for an adult
    /// without apparent care-and-support needs, where the reporter decides.
    /// </summary>
    private static void PassOn(RoutingRequest request, List<PersonFacts> people, DecisionBuilder decision)
    {
        var transfers = decision.CouncilSignposts()
            .Where(s => s.PersonIndex is not { } i || s.Team != Team.Adults || people[i].IsChild || people[i].IsAdultAtRisk || request.Reporter.PassOnToOtherCouncil)
            .Select(s => (s.Team, s.PersonIndex))
            .Distinct()
            .ToList();
        if (transfers.Count > 0)
        {
            decision.Fire("R8");
        }

        foreach (var (team, personIndex) in transfers)
        {
            decision.City(team, RoutingAction.Transfer, personIndex);
        }
    }

    private static void Signposts(List<PersonFacts> people, DecisionBuilder decision)
    {
        if (people.Any(p => p.IsChild) || decision.HasFired("R15"))
        {
            decision.Add(Signpost.Nspcc);
        }

        (Category[] Categories, Signpost Signpost)[] byCategory =
        [
            ([Category.DomesticAbuse], Signpost.DomesticAbuseHelpline),
            ([Category.ModernSlavery, Category.Trafficking], Signpost.ModernSlaveryHelpline),
            ([Category.Radicalisation], Signpost.AntiTerroristHotline),
            ([Category.Financial], Signpost.ActionFraud),
            ([Category.Online], Signpost.Ceop),
            ([Category.Fgm], Signpost.FgmHelpline),
            ([Category.SelfHarm], Signpost.MentalHealthCrisis),
        ];
        foreach (var (categories, signpost) in byCategory.Where(x => people.Any(p => x.Categories.Any(p.Has))))
        {
            decision.Add(signpost);
        }

        if (decision.CouncilSignposts().Any())
        {
            decision.Add(Signpost.FindYourCouncil);
        }
    }

    /// <summary>R20: a regulated professional or teacher told of FGM by a girl, or who saw it, must report it to the police themselves.</summary>
    private static void FgmDuty(RoutingRequest request, List<PersonFacts> people, DecisionBuilder decision)
    {
        var reporter = request.Reporter;
        if (reporter.Role is ReporterRole.Professional or ReporterRole.CorporationStaff
            && reporter.RegulatedProfession is RegulatedProfession.HealthOrSocialCare or RegulatedProfession.Teacher
            && people.Any(p => p is { IsChild: true, IsUnborn: false, Person.FgmKnownCase: true } && p.Has(Category.Fgm)))
        {
            decision.Fire("R20").Add(Duty.FgmMandatoryReport).Urgent();
        }
    }

    /// <summary>R0 and R1: danger now, or a report that cannot wait until the next working day.</summary>
    private static void CannotWait(RoutingRequest request, List<PersonFacts> people, bool officeHours, DecisionBuilder decision)
    {
        if (request.ImmediateDanger == Answer.Yes)
        {
            decision.Fire("R0").EmergencyAdvice();
            return;
        }

        if (request.ImmediateDanger != Answer.NotSure && request.CanWaitUntilNextWorkingDay is not (Answer.No or Answer.NotSure))
        {
            return;
        }

        decision.Fire("R1").Urgent();
        if (request.ImmediateDanger == Answer.NotSure
            || people.Any(p => p.IsChild && p.IsKnownChildUnder(8))
            || (!officeHours && people.Any(p => p.IsChild)))
        {
            decision.EmergencyAdvice();
        }
    }
}
