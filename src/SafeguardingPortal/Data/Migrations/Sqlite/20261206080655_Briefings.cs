using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Briefings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Briefings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeadCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LoggedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoggedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Backdated = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignInSecret = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SignInCloses = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Briefings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BriefingAttendees",
                columns: table => new
                {
                    BriefingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedInAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GaveFeedback = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingAttendees", x => new { x.BriefingId, x.UserId });
                    table.ForeignKey(
                        name: "FK_BriefingAttendees_Briefings_BriefingId",
                        column: x => x.BriefingId,
                        principalTable: "Briefings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BriefingFacilitators",
                columns: table => new
                {
                    BriefingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingFacilitators", x => new { x.BriefingId, x.UserId });
                    table.ForeignKey(
                        name: "FK_BriefingFacilitators_Briefings_BriefingId",
                        column: x => x.BriefingId,
                        principalTable: "Briefings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BriefingFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BriefingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Confidence = table.Column<int>(type: "INTEGER", nullable: false),
                    KnowsWhomToContact = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BriefingFeedback_Briefings_BriefingId",
                        column: x => x.BriefingId,
                        principalTable: "Briefings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefingAttendees_UserId",
                table: "BriefingAttendees",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingFacilitators_UserId",
                table: "BriefingFacilitators",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingFeedback_BriefingId",
                table: "BriefingFeedback",
                column: "BriefingId");

            migrationBuilder.CreateIndex(
                name: "IX_Briefings_Department_HeldOn",
                table: "Briefings",
                columns: new[] { "Department", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Briefings_SignInCloses",
                table: "Briefings",
                column: "SignInCloses");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefingAttendees");

            migrationBuilder.DropTable(
                name: "BriefingFacilitators");

            migrationBuilder.DropTable(
                name: "BriefingFeedback");

            migrationBuilder.DropTable(
                name: "Briefings");
        }
    }
}
