namespace Sightline.Ecosystems.PyPI.Installed;

/// <summary>
/// Trove licence classifiers that name exactly one SPDX licence. Ones that leave the licence open
/// ("BSD License": 2- or 3-clause; "Python Software Foundation License": which PSF text; "GNU Library or
/// Lesser General Public License (LGPL)": no version) are not here, so they give no licence.
/// </summary>
internal static class TroveLicences
{
    private const string Osi = "License :: OSI Approved :: ";

    private static readonly Dictionary<string, string> Ids = new(StringComparer.Ordinal)
    {
        [Osi + "MIT License"] = "MIT",
        [Osi + "MIT No Attribution License (MIT-0)"] = "MIT-0",
        // Apache 1.x predates Python packaging: the classifier means the 2.0 licence in practice.
        [Osi + "Apache Software License"] = "Apache-2.0",
        [Osi + "ISC License (ISCL)"] = "ISC",
        [Osi + "Mozilla Public License 2.0 (MPL 2.0)"] = "MPL-2.0",
        [Osi + "Mozilla Public License 1.1 (MPL 1.1)"] = "MPL-1.1",
        [Osi + "GNU General Public License v2 (GPLv2)"] = "GPL-2.0-only",
        [Osi + "GNU General Public License v2 or later (GPLv2+)"] = "GPL-2.0-or-later",
        [Osi + "GNU General Public License v3 (GPLv3)"] = "GPL-3.0-only",
        [Osi + "GNU General Public License v3 or later (GPLv3+)"] = "GPL-3.0-or-later",
        [Osi + "GNU Lesser General Public License v3 (LGPLv3)"] = "LGPL-3.0-only",
        [Osi + "GNU Lesser General Public License v3 or later (LGPLv3+)"] = "LGPL-3.0-or-later",
        [Osi + "GNU Affero General Public License v3"] = "AGPL-3.0-only",
        [Osi + "GNU Affero General Public License v3 or later (AGPLv3+)"] = "AGPL-3.0-or-later",
        [Osi + "Eclipse Public License 2.0 (EPL-2.0)"] = "EPL-2.0",
        [Osi + "Boost Software License 1.0 (BSL-1.0)"] = "BSL-1.0",
        [Osi + "The Unlicense (Unlicense)"] = "Unlicense",
        [Osi + "Universal Permissive License (UPL)"] = "UPL-1.0",
        ["License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication"] = "CC0-1.0",
    };

    /// <summary>The SPDX id the classifier stands for, or null when it is unknown or ambiguous.</summary>
    public static string? SpdxId(string classifier) => Ids.GetValueOrDefault(classifier);
}
