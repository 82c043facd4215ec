using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SafeguardingPortal.BrowserTests;

/// <summary>Reads a PDF with poppler's command-line tools, as a person's PDF reader would see it.</summary>
public static partial class PdfTools
{
    public static Task<string> TextAsync(byte[] pdf) => RunAsync("pdftotext", pdf, "-");

    public static async Task<int> PagesAsync(byte[] pdf) =>
        int.Parse(PagesLine().Match(await RunAsync("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string tool, byte[] pdf, params string[] after)
    {
        var file = Path.Combine(Path.GetTempPath(), $"nts-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, [file, .. after]) { RedirectStandardOutput = true })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
