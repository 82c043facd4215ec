namespace SafeguardingPortal.Content;

/// <summary>
/// HTML that has been through <see cref="HtmlAllowList"/>. Only that class can make one, so a view that
/// writes it unencoded (the sanitised-content tag helper) can only ever write sanitised markup.
/// </summary>
public sealed class SanitisedHtml
{
    internal SanitisedHtml(string value) => Value = value;

    public static SanitisedHtml Empty { get; } = new(string.Empty);

    public string Value { get; }

    public override string ToString() => Value;
}
