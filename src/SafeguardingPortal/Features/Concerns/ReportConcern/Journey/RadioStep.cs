using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>A question answered by choosing one option: most of the journey's pages.</summary>
public sealed class RadioStep(string slug) : JourneyStep
{
    public const string Field = "answer";

    public override string Slug => slug;

    public override bool PerPerson => PerPersonStep;

    public bool PerPersonStep { get; init; }

    public Func<StepContext, int, bool> Shown { get; init; } = (_, _) => true;

    public required Func<StepContext, int, string?> Get { get; init; }

    public required Action<StepContext, int, string> Set { get; init; }

    public required Func<StepContext, int, string> Heading { get; init; }

    public Func<StepContext, int, string?> Hint { get; init; } = (_, _) => null;

    public required Func<StepContext, int, IReadOnlyList<ChoiceOption>> Options { get; init; }

    public required Func<StepContext, int, string> Error { get; init; }

    /// <summary>Anything else the page says (examples, warnings), given the view with its heading and options.</summary>
    public Func<StepContext, int, QuestionView, QuestionView> Decorate { get; init; } = (_, _, view) => view;

    public override bool IsShown(StepContext c, int person) => Shown(c, person);

    public override bool IsAnswered(StepContext c, int person) => Get(c, person) is not null;

    public override QuestionView Render(StepContext c, int person)
    {
        var heading = Heading(c, person);
        var value = Get(c, person);
        var field = new ChoiceField(Field, heading, Options(c, person), value is null ? [] : [value]) { Hint = Hint(c, person) };
        return Decorate(c, person, new QuestionView(heading, [field]) { Caption = JourneyText.Caption(c, person, PerPerson) });
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        string? value = form[Field];
        if (value is null || !Options(c, person).Any(o => o.Value == value))
        {
            errors.Add(Field, Error(c, person));
            return;
        }

        Set(c, person, value);
    }
}
