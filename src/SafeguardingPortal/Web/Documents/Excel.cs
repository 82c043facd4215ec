using System.Globalization;
using ClosedXML.Excel;

namespace SafeguardingPortal.Web.Documents;

/// <summary>An Excel workbook with one worksheet per table: a bold, frozen header row and whole numbers as numbers.</summary>
public static class Excel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IEnumerable<Table> tables)
    {
        using var workbook = new XLWorkbook();
        foreach (var table in tables)
        {
            var sheet = workbook.Worksheets.Add(table.Name);
            foreach (var (row, r) in table.Rows.Prepend(table.Headers).Select((row, r) => (row, r + 1)))
            {
                foreach (var (value, c) in row.Select((value, c) => (value, c + 1)))
                {
                    var cell = sheet.Cell(r, c);
                    if (r > 1 && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                    {
                        cell.Value = number;
                    }
                    else
                    {
                        // Text stays text: "<5", dates and names are never turned into formulas or numbers.
                        cell.SetValue(value);
                    }
                }
            }

            sheet.Row(1).Style.Font.Bold = true;
            sheet.SheetView.FreezeRows(1);
            sheet.Columns(1, table.Headers.Count).Width = 24;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
