namespace SafeguardingPortal.Web.Forms;

// What a question page shows, already translated: GOV.UK Frontend components described as data and rendered by
// the partials in Features/Shared/Forms. Element ids follow GOV.UK Frontend, so the error summary links to them.

public abstract record FormField(string Name, string Label)
{
    public string? Hint { get; init; }

    /// <summary>The id of the element an error summary link moves focus to.</summary>
    public virtual string FocusId => Name;

    /// <summary>The answer as "Check your answers" shows it.</summary>
    public abstract string Describe();
}

/// <param name="Values">The options chosen (one for radios).</param>
/// <param name="Multiple">Checkboxes rather than radios.</param>
public sealed record ChoiceField(string Name, string Label, IReadOnlyList<ChoiceOption> Options, IReadOnlyCollection<string> Values, bool Multiple = false)
    : FormField(Name, Label)
{
    public string OptionId(int index) => index == 0 ? Name : $"{Name}-{index + 1}";

    public override string Describe() => string.Join(", ", Options.Where(o => Values.Contains(o.Value)).Select(o => o.Text));
}

/// <param name="Exclusive">A checkbox ("I'm not sure") that cannot be combined with the others.</param>
/// <param name="DividerBefore">Text of a divider ("or") shown before this option.</param>
public sealed record ChoiceOption(string Value, string Text, string? Hint = null, bool Exclusive = false, string? DividerBefore = null);

public sealed record TextField(string Name, string Label, string? Value) : FormField(Name, Label)
{
    public string? WidthClass { get; init; }

    public string? Autocomplete { get; init; }

    public string? InputMode { get; init; }

    public string Type { get; init; } = "text";

    public bool? Spellcheck { get; init; }

    public override string Describe() => Value ?? "";
}

public sealed record DateField(string Name, string Label, string? Day, string? Month, string? Year) : FormField(Name, Label)
{
    public override string FocusId => $"{Name}-day";

    public override string Describe() => DateInputs.Describe(Year, Month, Day);
}

public sealed record TextareaField(string Name, string Label, string? Value, int MaxLength) : FormField(Name, Label)
{
    public int Rows { get; init; } = 8;

    public override string Describe() => Value ?? "";
}

public sealed record SelectField(string Name, string Label, IReadOnlyList<ChoiceOption> Options, string? Value) : FormField(Name, Label)
{
    public override string Describe() => Options.FirstOrDefault(o => o.Value == Value)?.Text ?? "";
}

/// <summary>A field as a partial renders it: with the page's errors, and whether its label or legend is the page heading.</summary>
public sealed record FieldView(FormField Field, FormErrors Errors, bool AsHeading, string? Caption = null)
{
    public string? Error => Errors.For(Field.Name);

    public string? DescribedBy => string.Join(' ', new[] { Field.Hint is null ? null : $"{Field.Name}-hint", Error is null ? null : $"{Field.Name}-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
