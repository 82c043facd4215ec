using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChampionsActive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BriefingPackVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingPackVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BriefingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PreferredDates = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AudienceSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AcceptedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChampionNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChampionNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChampionsMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Actions = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChampionsMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChampionsMeetingAttendees",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChampionsMeetingAttendees", x => new { x.MeetingId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ChampionsMeetingAttendees_ChampionsMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "ChampionsMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefingPackVersions_PublishedAt",
                table: "BriefingPackVersions",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingRequests_Department_AcceptedAt",
                table: "BriefingRequests",
                columns: new[] { "Department", "AcceptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChampionNotices_SubjectId_Kind_Key",
                table: "ChampionNotices",
                columns: new[] { "SubjectId", "Kind", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChampionsMeetings_HeldOn",
                table: "ChampionsMeetings",
                column: "HeldOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefingPackVersions");

            migrationBuilder.DropTable(
                name: "BriefingRequests");

            migrationBuilder.DropTable(
                name: "ChampionNotices");

            migrationBuilder.DropTable(
                name: "ChampionsMeetingAttendees");

            migrationBuilder.DropTable(
                name: "ChampionsMeetings");
        }
    }
}
