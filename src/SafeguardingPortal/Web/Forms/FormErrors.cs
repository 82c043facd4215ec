namespace SafeguardingPortal.Web.Forms;

/// <summary>Errors on a page, keyed by form field name, in the order the fields appear.</summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> errors = [];

    public bool Any => errors.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => errors;

    public void Add(string field, string message)
    {
        if (!errors.Any(e => e.Field == field))
        {
            errors.Add((field, message));
        }
    }

    public string? For(string field) => errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>The error summary's links: each message with the id of the element its field focuses.</summary>
    public IEnumerable<(string Href, string Message)> Links(IEnumerable<FormField> fields) =>
        errors.Select(e => ("#" + (fields.FirstOrDefault(f => f.Name == e.Field)?.FocusId ?? e.Field), e.Message));
}
