export { NotFoundPage as default } from "@/app/_components/not-found-page";
