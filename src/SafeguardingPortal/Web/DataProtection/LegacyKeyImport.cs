using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Web.DataProtection;

/// <summary>
/// Moves a key ring from the key folder the portal used before (<c>DataProtection:KeyDirectory</c>) into the
/// database, once, encrypting each key's secret on the way exactly as Data Protection does for a new key — so
/// concerns and drafts protected with the old keys stay readable.
/// </summary>
public static class LegacyKeyImport
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    public static async Task<int> RunAsync(PortalDbContext db, DirectoryInfo folder, IXmlEncryptor encryptor, CancellationToken cancellationToken)
    {
        if (!folder.Exists)
        {
            return 0;
        }

        // Idempotent by key id: a key already in the database (imported before, or made by another instance) is skipped.
        var stored = await db.Set<DataProtectionKey>().Select(k => k.FriendlyName).ToListAsync(cancellationToken);
        var files = folder.GetFiles("key-*.xml").Where(f => !stored.Contains(Path.GetFileNameWithoutExtension(f.Name))).ToList();
        foreach (var file in files)
        {
            var key = XElement.Load(file.FullName);
            foreach (var secret in key.Descendants().Where(e => (bool?)e.Attribute(DataProtection + "requiresEncryption") == true).ToList())
            {
                // The same shape XmlKeyManager writes for a new key, so its decryptor finds and restores the secret.
                var encrypted = encryptor.Encrypt(new XDocument(new XElement(secret)).Root!);
                secret.ReplaceWith(new XElement(DataProtection + "encryptedSecret", new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!), encrypted.EncryptedElement));
            }

            db.Set<DataProtectionKey>().Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file.Name), Xml = key.ToString(SaveOptions.DisableFormatting) });
        }

        await db.SaveChangesAsync(cancellationToken);
        return files.Count;
    }
}
