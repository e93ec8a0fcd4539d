import { mountPage } from '@/components/mount';
import { Popup } from './Popup';

mountPage(<Popup />);
