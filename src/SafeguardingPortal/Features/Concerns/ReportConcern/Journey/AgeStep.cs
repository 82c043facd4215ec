using System.Globalization;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 5: a date of birth, an age in years, an unborn baby, or "I don't know" (routing.md §5.1).</summary>
public sealed class AgeStep : JourneyStep
{
    public const int MaxAge = 120;

    public override string Slug => "age";

    public override bool PerPerson => true;

    public override bool IsShown(StepContext c, int person) => true;

    public override bool IsAnswered(StepContext c, int person) => c.Answers.People[person].AgeKind is not null;

    public override QuestionView Render(StepContext c, int person)
    {
        var p = c.Answers.People[person];
        var you = c.IsReporter(person);
        var heading = JourneyText.Ask(c, person, "How old is {0}?", "How old are you?");
        var birth = new DateField("dateOfBirth", c.T["Date of birth"], p.BirthDay, p.BirthMonth, p.BirthYear) { Hint = c.T["For example, 27 3 2015"] };
        var years = new TextField("ageYears", c.T["Age in years"], p.AgeYears) { WidthClass = "govuk-input--width-3", InputMode = "numeric", Spellcheck = false };
        List<ChoiceOption> options =
        [
            new("dateOfBirth", you ? c.T["I'll give my date of birth"] : c.T["I know their date of birth"], Conditional: [birth]),
            new("years", you ? c.T["I'll give my age"] : c.T["I know roughly how old they are"], Conditional: [years]),
        ];
        if (!you)
        {
            options.Add(new("unborn", c.T["An unborn baby (pregnancy)"]));
        }

        options.Add(new("dontKnow", you ? c.T["I'd rather not say"] : c.T["I don't know"], DividerBefore: c.T["or"]));
        var field = new ChoiceField("ageKind", heading, options, p.AgeKind is null ? [] : [p.AgeKind]);
        return new QuestionView(heading, [field]) { Caption = JourneyText.Caption(c, person, true) };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        var p = c.Answers.People[person];
        string? kind = form["ageKind"];
        p.BirthDay = Trimmed(form["dateOfBirth-day"]);
        p.BirthMonth = Trimmed(form["dateOfBirth-month"]);
        p.BirthYear = Trimmed(form["dateOfBirth-year"]);
        p.AgeYears = Trimmed(form["ageYears"]);
        if (kind is not ("dateOfBirth" or "years" or "dontKnow") && !(kind == "unborn" && !c.IsReporter(person)))
        {
            errors.Add("ageKind", c.T["Enter their age or date of birth, or select ‘I don’t know’"]);
            return;
        }

        p.AgeKind = kind;
        if (kind == "dateOfBirth")
        {
            var born = JourneyDates.Parse(p.BirthYear, p.BirthMonth, p.BirthDay);
            if (p.BirthDay is null && p.BirthMonth is null && p.BirthYear is null)
            {
                errors.Add("dateOfBirth", c.T["Enter their date of birth"]);
            }
            else if (born is null || born > c.Today || born < c.Today.AddYears(-MaxAge))
            {
                errors.Add("dateOfBirth", c.T["Date of birth must be a real date in the past"]);
            }
        }
        else if (kind == "years" && !(int.TryParse(p.AgeYears, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= MaxAge))
        {
            errors.Add("ageYears", p.AgeYears is null ? c.T["Enter their age in years"] : c.T["Age must be between 0 and 120"]);
        }
    }

    /// <summary>Check your answers shows the age the decision will use (§2 page 5).</summary>
    public override IEnumerable<(string Question, string Answer)> Summarise(StepContext c, int person)
    {
        var age = c.AgeOf(person);
        var answer = c.Answers.People[person].AgeKind switch
        {
            "unborn" => c.T["An unborn baby"],
            "dontKnow" => c.T["Not known"],
            "dateOfBirth" => c.T["{0} (born {1})", AgeText(c, age), Render(c, person).Fields[0] is ChoiceField f ? f.Options[0].Conditional![0].Describe() : ""],
            _ => AgeText(c, age),
        };
        yield return (c.T["Age"], answer);
    }

    private static string AgeText(StepContext c, int? age) => age switch
    {
        null => c.T["Not known"],
        0 => c.T["Under 1 year old"],
        1 => c.T["1 year old"],
        _ => c.T["{0} years old", age],
    };

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
