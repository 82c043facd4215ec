using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SafeguardingPortal.Web.DataProtection;

/// <summary>
/// The certificate whose key encrypts the Data Protection keys at rest (<c>DataProtection:Certificate:Path</c> and
/// <c>:Password</c>). Production must supply it; Development and Testing make a self-signed one beside the old
/// key folder the first time, so a fresh clone runs with nothing to set up.
/// </summary>
public static class KeyEncryptionCertificate
{
    public const string PathSetting = "DataProtection:Certificate:Path";
    public const string PasswordSetting = "DataProtection:Certificate:Password";
    private const string LocalFileName = "key-encryption.pfx";

    public static X509Certificate2? Load(IConfiguration configuration, IHostEnvironment environment, string keyDirectory)
    {
        if (configuration[PathSetting] is { Length: > 0 } path)
        {
            return X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(environment.ContentRootPath, path), configuration[PasswordSetting]);
        }

        if (environment.IsProduction())
        {
            return null;
        }

        var local = Path.Combine(keyDirectory, LocalFileName);
        if (!File.Exists(local))
        {
            Directory.CreateDirectory(keyDirectory);
            using var rsa = RSA.Create(3072);
            var request = new CertificateRequest("CN=Notice the Signs local key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(100));
            File.WriteAllBytes(local, created.Export(X509ContentType.Pkcs12));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(local, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return X509CertificateLoader.LoadPkcs12FromFile(local, null);
    }
}
