
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// One page of the report-a-concern journey (routing.md §2). A step says when it is shown, whether it has been
/// answered, what it asks, and how it reads its form; <see cref="ReportJourney"/> puts them in order.
/// </summary>
public abstract class JourneyStep
{
    public abstract string Slug { get; }

    /// <summary>Asked once for each person the report is about.</summary>
    public virtual bool PerPerson => false;

    /// <summary>The partial view that renders the step; interruption pages have their own.</summary>
    public virtual string View => "_Question";

    public abstract bool IsShown(StepContext c, int person);

    public abstract bool IsAnswered(StepContext c, int person);

    public abstract QuestionView Render(StepContext c, int person);

    /// <summary>Reads the posted form into the answers, adding an error for every field that is not right.</summary>
    public abstract void Bind(IFormCollection form, StepContext c, int person, FormErrors errors);

    /// <summary>What the reporter typed in a field, trimmed; null when they typed nothing.</summary>
    protected static string? Typed(IFormCollection form, string field) =>
        string.IsNullOrWhiteSpace(form[field]) ? null : form[field].ToString().Trim();

    /// <summary>The rows this step adds to "Check your answers"; none for information pages.</summary>
    public virtual IEnumerable<(string Question, string Answer)> Summarise(StepContext c, int person) =>
        Render(c, person) is { Summary: true } view ? view.Fields.Select(f => (view.Heading, f.Describe())) : [];
}

/// <param name="Summary">Whether "Check your answers" lists this question.</param>
public sealed record QuestionView(string Heading, IReadOnlyList<FormField> Fields, bool Summary = true)
{
    /// <summary>Small text above the heading, such as "Person 2".</summary>
    public string? Caption { get; init; }

    public string? Hint { get; init; }

    /// <summary>Paragraphs shown between the heading and the fields.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public string? Inset { get; init; }

    /// <summary>The error summary's links: each message with the id of its field.</summary>
    public IEnumerable<(string Href, string Message)> ErrorLinks(FormErrors errors) => errors.Links(Fields);
}
