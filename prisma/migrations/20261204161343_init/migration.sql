-- CreateTable
CREATE TABLE "Paper" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "authors" JSONB NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "dailyDate" TEXT,
    "upvotes" INTEGER NOT NULL DEFAULT 0,
    "githubRepo" TEXT,
    "githubStars" INTEGER,
    "projectPage" TEXT,
    "thumbnail" TEXT,
    "submittedBy" TEXT,
    "submitterFullname" TEXT,
    "numComments" INTEGER,
    "aiSummary" TEXT,
    "aiKeywords" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "emailKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "frequency" TEXT NOT NULL DEFAULT 'daily',
    "topics" JSONB NOT NULL,
    "consentAt" DATETIME NOT NULL,
    "consentTextVersion" TEXT NOT NULL,
    "consentIpHash" TEXT,
    "consentUserAgent" TEXT,
    "confirmTokenHash" TEXT,
    "confirmTokenExpiresAt" DATETIME,
    "confirmMailsSentAt" JSONB,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Suppression" (
    "emailHash" TEXT NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "windowStart" DATETIME NOT NULL,
    "count" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Digest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "paperIds" JSONB NOT NULL,
    "builtAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "digestId" TEXT NOT NULL,
    "subscriberId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "leaseUntil" DATETIME,
    "leaseOwner" TEXT,
    "lastError" TEXT,
    "skipReason" TEXT,
    "messageId" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "Digest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Paper_dailyDate_upvotes_idx" ON "Paper"("dailyDate", "upvotes");

-- CreateIndex
CREATE INDEX "Paper_publishedAt_idx" ON "Paper"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_emailKey_key" ON "Subscriber"("emailKey");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_confirmTokenHash_key" ON "Subscriber"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Subscriber_status_frequency_idx" ON "Subscriber"("status", "frequency");

-- CreateIndex
CREATE UNIQUE INDEX "Digest_date_kind_key" ON "Digest"("date", "kind");

-- CreateIndex
CREATE INDEX "Delivery_digestId_status_idx" ON "Delivery"("digestId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_digestId_subscriberId_key" ON "Delivery"("digestId", "subscriberId");
