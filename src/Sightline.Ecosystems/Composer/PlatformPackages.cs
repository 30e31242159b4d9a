namespace Sightline.Ecosystems.Composer;

/// <summary>
/// Composer's platform packages (its PlatformRepository): the PHP runtime, extensions, system libraries
/// and Composer's own APIs. They are requirements on the machine, not packages to install.
/// </summary>
internal static class PlatformPackages
{
    public static bool Is(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower is "php" or "php-64bit" or "php-ipv6" or "php-zts" or "php-debug" or "hhvm"
                   or "composer" or "composer-plugin-api" or "composer-runtime-api"
               || (!lower.Contains('/', StringComparison.Ordinal)
                   && (lower.StartsWith("ext-", StringComparison.Ordinal) || lower.StartsWith("lib-", StringComparison.Ordinal)));
    }
}
