using System.Security.Cryptography;
using System.Text;

namespace Parley.Talks;

/// <summary>
/// A series of talks as the store keeps it: its id, the talks file (path, full text and its SHA-256, so the talks can be
/// resumed even after the file moved or changed), the fingerprint of the scenario it was run on, the settings (seed
/// and agents), where it stands and when it was last saved. Immutable.
/// </summary>
/// <param name="Id">The store's id (0 before the talks are stored).</param>
/// <param name="Name">The talks' name.</param>
/// <param name="FilePath">The talks file's full path when stored (referenced scenario files are resolved from its folder).</param>
/// <param name="FileText">The talks file's text.</param>
/// <param name="FileHash">SHA-256 of the text's UTF-8 bytes, <c>sha256:</c> and lowercase hex.</param>
/// <param name="ScenarioFingerprint">The initial scenario's fingerprint.</param>
/// <param name="Settings">The seed and the agents.</param>
/// <param name="Status">Where the talks stand.</param>
/// <param name="MeetingsHeld">How many meetings are stored.</param>
/// <param name="CreatedAt">When the talks were stored.</param>
/// <param name="UpdatedAt">When the last meeting was stored.</param>
public sealed record TalksRecord(
    long Id,
    string Name,
    string? FilePath,
    string FileText,
    string FileHash,
    string ScenarioFingerprint,
    TalksSettings Settings,
    TalksStatus Status,
    int MeetingsHeld,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The hash recorded for a talks file's text.</summary>
    public static string HashOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
