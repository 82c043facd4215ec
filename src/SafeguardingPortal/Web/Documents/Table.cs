namespace SafeguardingPortal.Web.Documents;

/// <summary>
/// Figures as a table of text cells, exactly as a page shows them ("&lt;5" included), so the CSV and the Excel
/// workbook written from one table cannot differ from each other or from the page.
/// </summary>
public sealed record Table(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
