using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Inbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Concerns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedRejectionReason",
                table: "Concerns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TeamCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ProtectedRationale = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SignedOffAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedOffBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    TransferredTo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProtectedTransferReason = table.Column<string>(type: "TEXT", nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProtectedOutcome = table.Column<string>(type: "TEXT", nullable: true),
                    FeelsSafer = table.Column<int>(type: "INTEGER", nullable: true),
                    OutcomesMet = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamCases_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ProtectedText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_TeamCases_TeamCaseId",
                        column: x => x.TeamCaseId,
                        principalTable: "TeamCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ClosedAt",
                table: "Concerns",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_TeamCaseId",
                table: "CaseNotes",
                column: "TeamCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamCases_ConcernId_Team",
                table: "TeamCases",
                columns: new[] { "ConcernId", "Team" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamCases_FollowUpOn",
                table: "TeamCases",
                column: "FollowUpOn");

            migrationBuilder.CreateIndex(
                name: "IX_TeamCases_Team_Status",
                table: "TeamCases",
                columns: new[] { "Team", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "TeamCases");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_ClosedAt",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "ProtectedRejectionReason",
                table: "Concerns");
        }
    }
}
