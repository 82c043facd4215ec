using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 8: what the reporter is worried about, from the child list, the adult list or both by age (§5.2).</summary>
public sealed class WorriesStep : JourneyStep
{
    public const string Field = "categories";

    private static readonly string[] ChildList = ["physical", "emotional", "sexual", "neglect", "sexualExploitation", "criminalExploitation", "domesticAbuse", "online", "harmByAnotherChild", "missing"];
    private static readonly string[] AdultList = ["physical", "domesticAbuse", "sexual", "psychological", "financial", "modernSlavery", "discriminatory", "organisational", "neglect", "selfNeglect"];
    private static readonly string[] Shared = ["fgm", "radicalisation", "forcedMarriage", "trafficking", "selfHarm"];

    public override string Slug => "worries";

    public override bool PerPerson => true;

    public override bool IsShown(StepContext c, int person) => true;

    public override bool IsAnswered(StepContext c, int person) => c.Answers.People[person].Categories is { Count: > 0 };

    public override QuestionView Render(StepContext c, int person)
    {
        var heading = JourneyText.Ask(c, person, name => c.T["What are you worried is happening to {0}?", name], c.T["What are you worried is happening to you?"]);
        var options = Values(c, person).Select(v => Option(c, v)).Append(new ChoiceOption("notSure", c.T["I'm not sure"], Exclusive: true, DividerBefore: c.T["or"]));
        var field = new ChoiceField(Field, heading, [.. options], c.Answers.People[person].Categories ?? [], Multiple: true) { Hint = c.T["Select all that apply."] };
        return new QuestionView(heading, [field]) { Caption = JourneyText.Caption(c, person, true) };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        var chosen = form[Field].OfType<string>().Distinct().ToList();
        var allowed = Values(c, person).Append("notSure").ToHashSet();
        c.Answers.People[person].Categories = [.. chosen.Where(allowed.Contains)];
        if (chosen.Count == 0 || !chosen.All(allowed.Contains))
        {
            errors.Add(Field, c.T["Select what you are worried about"]);
        }
        else if (chosen.Contains("notSure") && chosen.Count > 1)
        {
            errors.Add(Field, c.T["Select what you are worried about, or ‘I’m not sure’ on its own"]);
        }
    }

    /// <summary>Children see the child list, adults the adult list, 16–17s and unknown ages both; the shared values always.</summary>
    private static IEnumerable<string> Values(StepContext c, int person)
    {
        var age = c.AgeOf(person);
        var lists = age switch
        {
            >= 18 => AdultList,
            >= 16 or null => ChildList.Concat(AdultList),
            _ => ChildList,
        };
        return lists.Concat(Shared).Distinct();
    }

    private static ChoiceOption Option(StepContext c, string value) => value switch
    {
        "physical" => new(value, c.T["Physical abuse"], c.T["For example hitting, shaking, burning or other injuries"]),
        "emotional" => new(value, c.T["Emotional abuse"], c.T["For example constant criticism, threats or humiliation"]),
        "sexual" => new(value, c.T["Sexual abuse"]),
        "neglect" => new(value, c.T["Neglect"], c.T["For example not being fed, kept clean, warm, safe or given medical care"]),
        "sexualExploitation" => new(value, c.T["Sexual exploitation"]),
        "criminalExploitation" => new(value, c.T["Criminal exploitation"], c.T["For example being made to carry drugs or money (county lines)"]),
        "domesticAbuse" => new(value, c.T["Domestic abuse"]),
        "online" => new(value, c.T["Online abuse"]),
        "harmByAnotherChild" => new(value, c.T["Harm by another child"]),
        "missing" => new(value, c.T["Missing, or has run away from home or care"]),
        "psychological" => new(value, c.T["Psychological or emotional abuse"]),
        "financial" => new(value, c.T["Financial abuse"], c.T["For example scams, or money or belongings taken"]),
        "modernSlavery" => new(value, c.T["Modern slavery"]),
        "discriminatory" => new(value, c.T["Discriminatory abuse"], c.T["For example harassment because of race, religion, disability, sexuality or gender"]),
        "organisational" => new(value, c.T["Organisational abuse"], c.T["Poor care in a care home, hospital or other service"]),
        "selfNeglect" => new(value, c.T["Self-neglect"]),
        "fgm" => new(value, c.T["Female genital mutilation (FGM)"]),
        "radicalisation" => new(value, c.T["Radicalisation or extremism"]),
        "forcedMarriage" => new(value, c.T["Forced marriage"]),
        "trafficking" => new(value, c.T["Trafficking"]),
        "selfHarm" => new(value, c.T["Self-harm or risk of suicide"]),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a category of routing.md §5.2."),
    };
}
