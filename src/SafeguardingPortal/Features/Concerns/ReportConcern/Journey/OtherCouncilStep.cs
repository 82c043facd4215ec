using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// Page 19, "[Council] is responsible": the other council's contacts, and that the City passes the report on. Only
/// for an adult without apparent care-and-support needs (R11) does it ask whether the City should pass it on.
/// It never ends the journey.
/// </summary>
public sealed class OtherCouncilStep : JourneyStep
{
    public const string Field = "passOn";

    public override string Slug => "other-council";

    public override string View => "_OtherCouncil";

    public override bool IsShown(StepContext c, int person) =>
        c.ProvisionalDecision is { } decision && StepContext.OtherCouncilSignposts(decision).Any();

    public override bool IsAnswered(StepContext c, int person) => c.Answers.OtherCouncilSeen;

    public override QuestionView Render(StepContext c, int person)
    {
        var councils = StepContext.OtherCouncilSignposts(c.ProvisionalDecision!).Select(d => d.AuthorityCode!).Distinct().ToList();
        var heading = councils.Count == 1
            ? c.T["{0} is responsible", c.Routing.Register.Find(councils[0])?.Name ?? councils[0]]
            : c.T["Other councils are responsible"];
        FormField[] fields = c.SignpostsPassedOnOnlyIfAsked().Count == 0
            ? []
            : [new ChoiceField(Field, c.T["Passing it on"], [new("yes", c.T["Ask the City of London to pass this on for me"])], c.Answers.PassOn == true ? ["yes"] : [], Multiple: true)];
        return new QuestionView(heading, fields, Summary: fields.Length > 0);
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        c.Answers.OtherCouncilSeen = true;
        c.Answers.PassOn = c.SignpostsPassedOnOnlyIfAsked().Count > 0 ? form[Field] == "yes" : null;
    }

    public override IEnumerable<(string Question, string Answer)> Summarise(StepContext c, int person)
    {
        if (c.SignpostsPassedOnOnlyIfAsked().Count > 0)
        {
            yield return (c.T["Pass it on to the other council"], c.Answers.PassOn == true ? c.T["Yes"] : c.T["No"]);
        }
    }
}
