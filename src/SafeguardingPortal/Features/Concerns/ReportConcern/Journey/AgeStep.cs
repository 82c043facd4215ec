using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// Page 5 (routing.md §5.1), first part: whether the reporter knows a date of birth, roughly how old the person
/// is, that it is an unborn baby, or nothing. The date or the age is asked on the next page, so no answer is
/// hidden in a conditional reveal.
/// </summary>
public sealed class AgeStep : JourneyStep
{
    public const string Field = "ageKind";

    public override string Slug => "age";

    public override bool PerPerson => true;

    public override bool IsShown(StepContext c, int person) => true;

    public override bool IsAnswered(StepContext c, int person) => c.Answers.People[person].AgeKind is not null;

    public override QuestionView Render(StepContext c, int person)
    {
        var p = c.Answers.People[person];
        var heading = JourneyText.Ask(c, person, name => c.T["How old is {0}?", name], c.T["How old are you?"]);
        var field = new ChoiceField(Field, heading, Options(c, person), p.AgeKind is null ? [] : [p.AgeKind]);
        return new QuestionView(heading, [field]) { Caption = JourneyText.Caption(c, person, true) };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        string? kind = form[Field];
        if (!Options(c, person).Any(o => o.Value == kind))
        {
            errors.Add(Field, c.T["Select how old they are, or ‘I don’t know’"]);
            return;
        }

        c.Answers.People[person].AgeKind = kind;
    }

    /// <summary>Check your answers shows the age the decision will use (§2 page 5).</summary>
    public override IEnumerable<(string Question, string Answer)> Summarise(StepContext c, int person)
    {
        var p = c.Answers.People[person];
        var age = c.AgeOf(person);
        var answer = p.AgeKind switch
        {
            "unborn" => c.T["An unborn baby"],
            "dontKnow" => c.T["Not known"],
            "dateOfBirth" => c.T["{0} (born {1})", AgeText(c, age), DateInputs.Describe(p.BirthYear, p.BirthMonth, p.BirthDay)],
            _ => AgeText(c, age),
        };
        yield return (c.T["Age"], answer);
    }

    private static List<ChoiceOption> Options(StepContext c, int person)
    {
        var you = c.IsReporter(person);
        List<ChoiceOption> options =
        [
            new("dateOfBirth", you ? c.T["I'll give my date of birth"] : c.T["I know their date of birth"]),
            new("years", you ? c.T["I'll give my age"] : c.T["I know roughly how old they are"]),
        ];

        // People telling us about themselves are born; they add a baby they are expecting as another person.
        if (!you)
        {
            options.Add(new("unborn", c.T["An unborn baby (pregnancy)"]));
        }

        options.Add(new("dontKnow", you ? c.T["I'd rather not say"] : c.T["I don't know"], DividerBefore: c.T["or"]));
        return options;
    }

    private static string AgeText(StepContext c, int? age) => age switch
    {
        null => c.T["Not known"],
        0 => c.T["Under 1 year old"],
        1 => c.T["1 year old"],
        _ => c.T["{0} years old", age],
    };
}
