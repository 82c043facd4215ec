using QRCoder;

namespace SafeguardingPortal.Web.Documents;

/// <summary>QR codes as PNG, drawn by QRCoder's managed PNG writer (no image library needed).</summary>
public static class QrCodes
{
    public static byte[] Png(Uri target, int pixelsPerModule = 10) => Png(target.AbsoluteUri, pixelsPerModule);

    public static byte[] Png(string text, int pixelsPerModule = 10)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
