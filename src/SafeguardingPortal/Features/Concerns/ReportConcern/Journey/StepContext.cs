using System.Text.Json;
using Microsoft.Extensions.Localization;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>What a step reads to decide whether it is shown and what it asks: the answers, the routing data, the time, and the translator.</summary>
public sealed class StepContext(ReportAnswers answers, RoutingData routing, ReferenceData reference, DateTimeOffset now, IStringLocalizer text)
{
    private RoutingDecision? decision;
    private bool decided;
    private IReadOnlyList<Destination>? passedOnOnlyIfAsked;

    public ReportAnswers Answers { get; } = answers;

    public RoutingData Routing { get; } = routing;

    public ReferenceData Reference { get; } = reference;

    public DateTimeOffset Now { get; } = now;

    public IStringLocalizer T { get; } = text;

    public DateOnly Today => Content.LondonTime.Date(Now);

    /// <summary>
    /// The decision the answers would get now (the same function the API and the submission use), or null while
    /// the answers are incomplete. The "other council" and FGM-duty pages depend on it.
    /// </summary>
    public RoutingDecision? ProvisionalDecision
    {
        get
        {
            if (!decided)
            {
                decided = true;
                decision = Decide(Answers);
            }

            return decision;
        }
    }

    /// <summary>The council signposts the City passes on only when asked: adults without apparent care-and-support needs (R11).</summary>
    public IReadOnlyList<Destination> SignpostsPassedOnOnlyIfAsked() => passedOnOnlyIfAsked ??= DecideSignpostsPassedOnOnlyIfAsked();

    private IReadOnlyList<Destination> DecideSignpostsPassedOnOnlyIfAsked()
    {
        var passOn = Answers.PassOn;
        Answers.PassOn = false;
        var automatic = Decide(Answers);
        Answers.PassOn = passOn;
        return automatic is null
            ? []
            : [.. OtherCouncilSignposts(automatic).Where(s => !automatic.Destinations.Any(d => d.Action == RoutingAction.Transfer && d.Team == s.Team && d.PersonIndex == s.PersonIndex))];
    }

    /// <summary>Signposts naming a council other than the City (page 19 is shown when there is one).</summary>
    public static IEnumerable<Destination> OtherCouncilSignposts(RoutingDecision decision) =>
        decision.Destinations.Where(d => d.Action == RoutingAction.Signpost && d.AuthorityCode is not null && d.AuthorityCode != Authority.City);

    private RoutingDecision? Decide(ReportAnswers answers)
    {
        var errors = new RequestErrors();
        using var json = JsonDocument.Parse(RoutingRequestJson.From(answers).ToJsonString());
        var (request, _) = new RoutingRequestReader(Routing).Read(json.RootElement, Now, errors);
        return request is null ? null : Router.Decide(request, Now, Routing);
    }

    /// <summary>Age in whole years on today's London date; null when unknown or not yet answered; -1 for an unborn baby.</summary>
    public int? AgeOf(int person)
    {
        var p = Answers.People[person];
        return p.AgeKind switch
        {
            "unborn" => -1,
            "years" => AgeInYearsStep.Years(p.AgeYears),
            "dateOfBirth" => DateInputs.Parse(p.BirthYear, p.BirthMonth, p.BirthDay) is { } born ? PersonFacts.AgeFrom(born, Today) : null,
            _ => null,
        };
    }

    /// <summary>The reporter is telling us about themselves, and this is them.</summary>
    public bool IsReporter(int person) => person == 0 && Answers.AboutWhom == "myself";

    /// <summary>How a question names a person: "the person" when there is one, "person 2" after that.</summary>
    public string PersonName(int person) => person == 0 ? T["the person"] : T["person {0}", person + 1];
}
