using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Option lists and captions several steps share.</summary>
public static class JourneyText
{
    public static IReadOnlyList<ChoiceOption> YesNoDontKnow(StepContext c) =>
        [new("yes", c.T["Yes"]), new("no", c.T["No"]), new("dontKnow", c.T["I don't know"])];

    public static IReadOnlyList<ChoiceOption> YesNoNotSure(StepContext c) =>
        [new("yes", c.T["Yes"]), new("no", c.T["No"]), new("notSure", c.T["I'm not sure"])];

    public static IReadOnlyList<ChoiceOption> YesNo(StepContext c) =>
        [new("yes", c.T["Yes"]), new("no", c.T["No"])];

    /// <summary>"About you" or "Person 2" above a per-person question, so the reporter knows whom a question is about.</summary>
    public static string? Caption(StepContext c, int person, bool perPerson) =>
        !perPerson ? null
        : c.IsReporter(person) ? c.T["About you"].Value
        : c.Answers.People.Count == 1 && person == 0 ? c.T["The person you are worried about"].Value
        : c.T["Person {0}", person + 1].Value;

    /// <summary>Picks the "you" wording when the reporter is telling us about themselves (both already translated).</summary>
    public static string Ask(StepContext c, int person, Func<string, string> aboutSomeone, string aboutYou) =>
        c.IsReporter(person) ? aboutYou : aboutSomeone(c.PersonName(person));
}
