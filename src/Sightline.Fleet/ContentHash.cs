using System.Security.Cryptography;
using System.Text;
using Sightline.Core.Repositories;

namespace Sightline.Fleet;

/// <summary>Identifies a plain folder by a SHA-256 over the path and bytes of every file it holds.</summary>
public static class ContentHash
{
    public static string Compute(FileSystemRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var file in repository.Files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file));
            hash.AppendData([0]);
            try
            {
                using var stream = File.OpenRead(repository.FullPath(file));
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable file still changes the identity, by name; extraction reports it.
                hash.AppendData("\u0001unreadable"u8);
            }

            hash.AppendData([0]);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
