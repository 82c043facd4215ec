using System.Diagnostics;

namespace SafeguardingPortal.PageTests.Infrastructure;

/// <summary>Decodes a QR code with zbarimg (Debian zbar-tools), an independent reader.</summary>
public static class Zbar
{
    public static async Task<string> DecodeAsync(byte[] image)
    {
        var file = Path.Combine(Path.GetTempPath(), $"nts-qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, image);
        try
        {
            var start = new ProcessStartInfo("zbarimg", ["--quiet", "--raw", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"zbarimg found no QR code (exit {process.ExitCode})");
            return output.Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
